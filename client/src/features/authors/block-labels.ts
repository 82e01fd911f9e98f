// Plain names for the parts of a document in the Authors view's text alternative:
// "Heading 1", "Paragraph 3", "List 2".
import type { BlockAuthorship } from '@roundtable/shared/editor/authorship';
import { describeAuthorShares } from '@roundtable/shared/domain/authorship';
import { NOT_RECORDED, type AuthorStyle } from './authors-view.ts';

const kindNames: Record<string, string> = {
  heading: 'Heading',
  paragraph: 'Paragraph',
  bulletList: 'List',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
};

export interface BlockDescription {
  label: string;
  preview: string;
  /** "mostly Lucy, some Mark". */
  authors: string;
}

/** Describes every block that has text, numbering each kind of block in order. */
export function describeBlocks(
  blocks: readonly BlockAuthorship[],
  styleOf: (clientId: number) => AuthorStyle | undefined,
): BlockDescription[] {
  const counts = new Map<string, number>();
  return blocks.flatMap((block) => {
    const byName = new Map<string, number>();
    for (const [clientId, characters] of block.charactersByClient) {
      const name = styleOf(clientId)?.name ?? NOT_RECORDED;
      byName.set(name, (byName.get(name) ?? 0) + characters);
    }
    // Empty lines are not counted: nobody reading the page counts them either.
    if (byName.size === 0) return [];
    const kind = kindNames[block.nodeName] ?? 'Part';
    const number = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, number);
    return [
      {
        label: `${kind} ${number}`,
        preview: block.preview,
        authors: describeAuthorShares(
          [...byName].map(([name, characters]) => ({ name, characters })),
        ),
      },
    ];
  });
}
