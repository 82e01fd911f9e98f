// The contracts of document export: the ProseMirror JSON the renderers read, the options a
// person picks, the co-production record the appendix shows, and how pictures are loaded. No
// behaviour lives here.
import type { HardWord } from '@roundtable/shared/editor/hard-words';
import type { PictureRef } from '@roundtable/shared/editor/picture';
import type { EasyReadTextSize } from '@roundtable/shared/protocol/export';

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
  /** Names of people who said yes to being named; how many said no (counted, never named). */
  participants: { named: string[]; notNamed?: number; countsByWay: Record<string, number> };
  meetings: { title: string; date: string; attended: number }[];
  decisions: { text: string; date: string }[];
  actions: { what: string; who: string; due: string | null; status: string }[];
  polls: { question: string; results: { label: string; count: number }[] }[];
  /** Share of the text written by people in each way of taking part, as a fraction from 0 to 1. */
  authorship: { way: string; share: number }[];
}

/** A picture's bytes as its source gave them. */
export interface LoadedPicture {
  bytes: Uint8Array;
  /** image/png, image/jpeg or image/webp for uploads; image/svg+xml for OpenMoji. */
  mediaType: string;
}

/** Loads a paragraph's picture; null when there is no such picture (the alt text shows instead). */
export type PictureLoader = (ref: PictureRef) => Promise<LoadedPicture | null>;

export interface ExportOptions {
  /** The document's title: the one top-level heading, and the file's title metadata. */
  title: string;
  /**
   * Easy Read layout: pictures on the left and words on the right, large left-aligned text,
   * 1.5 line spacing, no italics.
   */
  easyRead: boolean;
  /** Easy Read body text in points (16 when not given). */
  textSize?: EasyReadTextSize | undefined;
  /** The workspace's hard words: shown in bold where they occur, and listed at the end. */
  hardWords?: readonly HardWord[] | undefined;
  /** "Checked by 7 members of … on 4 March 2031": printed on the first page when given. */
  checkedStamp?: string | null | undefined;
  /** Loads pictures for the Easy Read layout; without it, pictures show as their alt text. */
  loadPicture?: PictureLoader | undefined;
  /** Set for an agreed version: the top of the export says "Agreed on <date> by <workspaceName>". */
  agreed?: { date: string; workspaceName: string } | null;
  /** When set, the export ends with a "Co-production record" appendix. */
  record?: CoProductionRecord | null;
}

export type ExportRenderer = (
  doc: ProseMirrorJSON,
  options: ExportOptions,
) => Promise<Buffer | string>;
