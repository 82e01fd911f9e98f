// The heading of a Roundtable document: StarterKit's heading with the attributes that let an
// Easy Read version keep in step with its full draft (issue 12).
//   sectionId    every heading's own stable id; the section it starts keeps it however its
//                words change. Given by the editor of whoever edits next when missing, and to
//                the later of two headings that share one (a split or a paste).
//   explains     on an Easy Read heading: the sectionId of the draft section it explains
//   checkedText  that draft section's words when the Easy Read section was last checked
//   checkedAt    when (ISO 8601)
// Each attribute carries its rule (`validate`), which the server's schema guard enforces too.
//
// The link lives in the Yjs document, not in the database: it syncs live with the words it is
// about, merges like them when two people edit at once, and is kept in versions (a restored
// version brings back what was checked then). The database only knows which document is the
// Easy Read version of which draft.
import type { Attributes } from '@tiptap/core';
import { Heading } from '@tiptap/extension-heading';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { isIsoTime, nullOr, textUpTo } from './attribute-rules.ts';

/** Heading levels a document may hold. The toolbar offers 2 and 3; 1 is kept for pasted text. */
export const HEADING_LEVELS = [1, 2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * The longest draft section kept as the words an Easy Read section was checked against: far
 * longer than any section people write, short enough that nobody can swell a document with it.
 */
export const CHECKED_TEXT_MAX_LENGTH = 50_000;

/** A draft section's words as kept in `checkedText`: cut at the limit. */
export const checkedTextOf = (text: string): string => text.slice(0, CHECKED_TEXT_MAX_LENGTH);

const isHeadingLevel = (value: unknown): boolean =>
  (HEADING_LEVELS as readonly unknown[]).includes(value);

const SECTION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A new section id: random, URL-safe, with no need for a secure context. */
export function newSectionId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return `s${Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('')}`;
}

export function isSectionId(value: unknown): value is string {
  return typeof value === 'string' && SECTION_ID_PATTERN.test(value);
}

/** Positions of headings that need a new id: none yet, or one an earlier heading has. */
export function headingsNeedingIds(doc: ProseMirrorNode): number[] {
  const seen = new Set<string>();
  const needing: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return true;
    const id: unknown = node.attrs.sectionId;
    if (isSectionId(id) && !seen.has(id)) seen.add(id);
    else needing.push(pos);
    return false;
  });
  return needing;
}

interface SyncMeta {
  isChangeOrigin?: boolean;
}

/** A change this person made (not one that arrived from someone else through Yjs). */
const isOwnChange = (tr: Transaction): boolean =>
  tr.docChanged && !(tr.getMeta('y-sync$') as SyncMeta | undefined)?.isChangeOrigin;

export const sectionIdsKey = new PluginKey('roundtable-section-ids');

/**
 * Gives ids after this person's own changes only: then only people who may edit write them, and
 * two editors do not race to label what a third person wrote.
 */
export function sectionIdsPlugin(): Plugin {
  return new Plugin({
    key: sectionIdsKey,
    appendTransaction(transactions, _old, state) {
      if (!transactions.some(isOwnChange)) return null;
      const needing = headingsNeedingIds(state.doc);
      if (needing.length === 0) return null;
      const tr = state.tr;
      for (const pos of needing) tr.setNodeAttribute(pos, 'sectionId', newSectionId());
      // Part of the change that made the heading, and undone with it. Never marked
      // addToHistory: false: y-tiptap writes a dispatch and what it appends as one Yjs change,
      // so that mark would keep the person's own change (the new heading) out of Undo.
      return tr;
    },
  });
}

/** An id attribute, kept in HTML (copy and paste) as `data-<htmlName>` when it is a valid id. */
const idAttribute = (key: string, htmlName: string) => ({
  default: null,
  keepOnSplit: false,
  validate: nullOr(isSectionId, 'a section id'),
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${htmlName}`),
  renderHTML: (attributes: Record<string, unknown>) =>
    isSectionId(attributes[key]) ? { [`data-${htmlName}`]: attributes[key] } : {},
});

/** StarterKit's heading, with the section attributes. */
export const SectionHeading = Heading.extend({
  addAttributes() {
    const parent: Attributes = this.parent?.() ?? {};
    return {
      ...parent,
      level: {
        ...parent.level,
        validate: (value: unknown) => {
          if (!isHeadingLevel(value)) throw new RangeError('expected a heading level');
        },
      },
      sectionId: idAttribute('sectionId', 'section-id'),
      explains: idAttribute('explains', 'explains'),
      // Kept out of the HTML: a pasted copy of a linked heading is simply "never checked".
      checkedText: {
        default: null,
        keepOnSplit: false,
        rendered: false,
        validate: nullOr(textUpTo(CHECKED_TEXT_MAX_LENGTH), 'the words that were checked'),
      },
      checkedAt: {
        default: null,
        keepOnSplit: false,
        rendered: false,
        validate: nullOr(isIsoTime, 'a time in ISO 8601'),
      },
    };
  },
  addProseMirrorPlugins() {
    return [...(this.parent?.() ?? []), sectionIdsPlugin()];
  },
});
