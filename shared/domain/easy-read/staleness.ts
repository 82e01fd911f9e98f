// Whether an Easy Read section still keeps in step with the part of the full draft it explains.
// Pure: it answers from the heading's link (what it explains, the text it was last checked
// against) and the draft's section texts now. Both come from Yjs documents, so every replica
// that has the same changes gives the same answer, whatever order the changes arrived in.
import type { HeadingLink, TextBlock } from './sections.ts';

export type LinkStatus =
  /** A heading the group added: it explains no section of the draft. */
  | { kind: 'not-linked' }
  /** The draft no longer has the section it explains (taken out, or its heading removed). */
  | { kind: 'draft-section-gone' }
  | { kind: 'up-to-date'; draftText: string }
  /** The draft section's words are not the ones last checked. */
  | { kind: 'may-be-out-of-date'; checkedText: string; draftText: string };

export function linkStatus(
  link: Pick<HeadingLink, 'explains' | 'checkedText'>,
  draftTexts: ReadonlyMap<string, string>,
): LinkStatus {
  if (link.explains === null) return { kind: 'not-linked' };
  const draftText = draftTexts.get(link.explains);
  if (draftText === undefined) return { kind: 'draft-section-gone' };
  // Never checked (a linked heading pasted without its record) counts as checked against nothing.
  const checkedText = link.checkedText ?? '';
  return checkedText === draftText
    ? { kind: 'up-to-date', draftText }
    : { kind: 'may-be-out-of-date', checkedText, draftText };
}

export interface CompanionSectionStatus {
  /** The Easy Read heading's words. */
  title: string;
  explains: string;
  status: LinkStatus;
}

/** Every linked section of an Easy Read version, in order, with how it stands. */
export function companionStatuses(
  draftTexts: ReadonlyMap<string, string>,
  companion: readonly TextBlock[],
): CompanionSectionStatus[] {
  return companion.flatMap((block) =>
    block.kind === 'heading' && block.link.explains !== null
      ? [
          {
            title: block.text.trim(),
            explains: block.link.explains,
            status: linkStatus(block.link, draftTexts),
          },
        ]
      : [],
  );
}
