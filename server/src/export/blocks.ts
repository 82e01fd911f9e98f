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

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' };

export interface ExportModel {
  title: string;
  /** "Agreed on <date> by <workspace>", shown straight under the title. */
  notice: string | null;
  body: Block[];
  /** The co-production record, starting with its own level-2 heading. */
  appendix: Block[] | null;
}
