// A draft's sections and an Easy Read version's pages, from the document read as plain blocks of
// text in reading order (shared/editor/section-blocks.ts reads them from Yjs). Pure.
//
// A section is a heading and what follows it until the next heading of the same or a higher
// level, so a level 2 section holds its level 3 sections. What comes before the first heading
// is a section too (named `START_SECTION_ID`) when it has words, and a draft with no headings is
// that one section. A page of an Easy Read version is simpler: a heading and what follows it up
// to the next heading of any level, so no words are on two pages.

/** How an Easy Read heading is linked to the draft (attributes of the heading, see section-heading.ts). */
export interface HeadingLink {
  /** This heading's own section id (every heading has one once an editor has seen it). */
  sectionId: string | null;
  /** In an Easy Read version: the draft section this section explains. */
  explains: string | null;
  /** The draft section's text when this section was last checked against it. */
  checkedText: string | null;
  /** When it was last checked (ISO 8601). */
  checkedAt: string | null;
}

export type TextBlock =
  | { kind: 'heading'; level: number; text: string; link: HeadingLink }
  | { kind: 'paragraph'; text: string; picture: string | null; pictureAlt: string | null };

/** The part of a draft before its first heading, or the whole of a draft with no headings. */
export const START_SECTION_ID = 'start';

export interface DraftSection {
  id: string;
  title: string;
  /** Heading level; the start section counts as level 2. */
  level: number;
  /** Its words, block by block on lines; blank blocks left out, each block trimmed. */
  text: string;
}

const START_LEVEL = 2;

const hasWords = (block: TextBlock): boolean => block.text.trim() !== '';

function textOf(blocks: readonly TextBlock[]): string {
  return blocks
    .filter(hasWords)
    .map((block) => block.text.trim())
    .join('\n');
}

/**
 * The sections of a draft, in reading order. A heading with no section id, or with one an
 * earlier heading already has, starts no linkable section (it stays part of the one before).
 */
export function draftSections(blocks: readonly TextBlock[], startTitle: string): DraftSection[] {
  const sections: DraftSection[] = [];
  const firstHeading = blocks.findIndex((block) => block.kind === 'heading');
  const before = firstHeading === -1 ? blocks : blocks.slice(0, firstHeading);
  if (firstHeading === -1 || before.some(hasWords)) {
    sections.push({
      id: START_SECTION_ID,
      title: startTitle,
      level: START_LEVEL,
      text: textOf(before),
    });
  }
  const seen = new Set([START_SECTION_ID]);
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    const id = block.link.sectionId;
    if (id === null || seen.has(id)) return;
    seen.add(id);
    let end = index + 1;
    while (end < blocks.length) {
      const next = blocks[end] as TextBlock;
      if (next.kind === 'heading' && next.level <= block.level) break;
      end += 1;
    }
    sections.push({
      id,
      title: block.text.trim(),
      level: block.level,
      text: textOf(blocks.slice(index, end)),
    });
  });
  return sections;
}

/** Each section's text by its id. */
export function sectionTexts(sections: readonly DraftSection[]): Map<string, string> {
  return new Map(sections.map((section) => [section.id, section.text]));
}

export interface PageBlock {
  text: string;
  picture: string | null;
  pictureAlt: string | null;
}

export interface Page {
  title: string;
  blocks: PageBlock[];
}

/** The pages of an Easy Read version: each heading starts one; words before any heading too. */
export function pagesOf(blocks: readonly TextBlock[], startTitle: string): Page[] {
  const pages: Page[] = [];
  let current: Page | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      current = { title: block.text.trim(), blocks: [] };
      pages.push(current);
      continue;
    }
    if (!hasWords(block) && block.picture === null) continue;
    if (current === null) {
      current = { title: startTitle, blocks: [] };
      pages.push(current);
    }
    current.blocks.push({
      text: block.text.trim(),
      picture: block.picture,
      pictureAlt: block.pictureAlt,
    });
  }
  return pages;
}
