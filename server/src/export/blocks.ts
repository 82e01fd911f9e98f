// The export model's shape: the small tree of blocks and text runs that export-model.ts reads a
// document into, record.ts adds the co-production record to, and every renderer writes out.
export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** An http(s) or mailto URL, or null. Other links are kept as their text only. */
  href: string | null;
}
export type Inline = TextRun | { kind: 'break' };

/** A paragraph's picture: where it comes from ("openmoji:1F3E0", "upload:<id>") and its alt text. */
export interface PictureSpec {
  ref: string;
  alt: string;
}

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[]; picture?: PictureSpec }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' };

export interface ExportModel {
  title: string;
  /**
   * Lines shown straight under the title: "Agreed on <date> by <workspace>", and "Checked by
   * ..." when the group checked an Easy Read version.
   */
  notices: string[];
  body: Block[];
  /** After the body (which ends with its "Hard words" list): the pictures' credit, if any. */
  endMatter: Block[];
  /** The co-production record, starting with its own level-2 heading. */
  appendix: Block[] | null;
}
