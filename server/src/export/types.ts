// The contracts of document export: the ProseMirror JSON the renderers read, the options a
// person picks, and the co-production record the appendix shows. No behaviour lives here.
import type { HardWord } from '@roundtable/shared/editor/hard-words';

/** A mark as ProseMirror's `Mark.toJSON()` writes it. */
export interface ProseMirrorMarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node as ProseMirror's `Node.toJSON()` writes it. Renderers accept any shape of this. */
export interface ProseMirrorJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJSON[];
  marks?: ProseMirrorMarkJSON[];
  text?: string;
}

/**
 * Who took part, and how, in producing a document. Names appear only for people who allowed
 * it; everyone else is counted by the way they take part ("in the room", "online", ...).
 */
export interface CoProductionRecord {
  participants: { named: string[]; countsByWay: Record<string, number> };
  meetings: { title: string; date: string; attended: number }[];
  decisions: { text: string; date: string }[];
  actions: { what: string; who: string; due: string | null; status: string }[];
  polls: { question: string; results: { label: string; count: number }[] }[];
  /** Share of the text written by people in each way of taking part, as a fraction from 0 to 1. */
  authorship: { way: string; share: number }[];
}

export interface ExportOptions {
  /** The document's title: the one top-level heading, and the file's title metadata. */
  title: string;
  /** Easy Read layout: large left-aligned text, 1.5 line spacing, no italics. */
  easyRead: boolean;
  /** Set for an agreed version: the top of the export says "Agreed on <date> by <workspaceName>". */
  agreed?: { date: string; workspaceName: string } | null;
  /** When set, the export ends with a "Co-production record" appendix. */
  record?: CoProductionRecord | null;
  /**
   * The workspace's hard words: those in the text are in bold, and listed with what they mean
   * under "Hard words" at the end of the text.
   */
  hardWords?: HardWord[];
}

export type ExportRenderer = (
  doc: ProseMirrorJSON,
  options: ExportOptions,
) => Promise<Buffer | string>;
