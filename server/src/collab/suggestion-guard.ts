// The rule for drafts in review that take changes only as suggestions: an update may add or
// withdraw suggestions, but must not change the draft as it would read if every pending
// suggestion were turned down (its "baseline": the words, and their formatting, outside
// suggested insertions, and the pictures of paragraphs). Typing plain words, deleting words
// outright, accepting a suggestion, changing bold or italic, or adding, changing or removing a
// paragraph's picture all change the baseline, so they are refused (a picture cannot be
// suggested; the editor does not offer it in review).
//
// Known limits: the block structure is not compared (a raw client could split or join
// paragraphs, or turn one into a heading, without a suggestion; the words stay as they were),
// and anyone may withdraw a suggestion, including someone else's, since that leaves the
// baseline as it was.
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';

const SUGGESTION_KEYS = new Set(['insertion', 'deletion', 'modification']);
/** The suggestion library marks paragraph boundaries with zero-width spaces. */
const ZERO_WIDTH = /\u200B/g;

interface Run {
  text: string;
  format: string;
}

function collectRuns(type: Y.XmlFragment | Y.XmlElement, runs: Run[]): void {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) {
      const delta = child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
      for (const { insert, attributes = {} } of delta) {
        if (attributes.insertion) continue;
        const text = typeof insert === 'string' ? insert.replace(ZERO_WIDTH, '') : '\uFFFC';
        const kept = Object.entries(attributes).filter(([key]) => !SUGGESTION_KEYS.has(key));
        const format = JSON.stringify(kept.sort(([a], [b]) => a.localeCompare(b)));
        const last = runs.at(-1);
        if (last && last.format === format) last.text += text;
        else if (text) runs.push({ text, format });
      }
    } else if (child instanceof Y.XmlElement) {
      const picture: unknown = child.getAttribute('picture');
      if (picture) {
        const format = JSON.stringify(['picture', picture, child.getAttribute('pictureAlt')]);
        runs.push({ text: '\uFFFC', format });
      }
      collectRuns(child, runs);
    }
  }
}

/** The draft as it reads without its pending suggestions, for comparing. */
export function baselineOf(doc: Y.Doc): string {
  const runs: Run[] = [];
  collectRuns(doc.getXmlFragment(CONTENT_FRAGMENT), runs);
  return JSON.stringify(runs.filter((run) => run.text !== ''));
}

/**
 * Keeps a shadow copy of a document in review and answers, for each update a person sends,
 * whether it only adds or withdraws suggestions. Every update the room takes from elsewhere
 * (other processes, the server's own accept or reject) is shown to it too.
 */
export class SuggestionGuard {
  private shadow: Y.Doc;
  private baseline: string;

  constructor(current: Y.Doc) {
    this.shadow = copyOf(current);
    this.baseline = baselineOf(this.shadow);
  }

  /** True (and remembered) when the update leaves the baseline as it was. */
  admits(update: Uint8Array): boolean {
    const trial = copyOf(this.shadow);
    try {
      Y.applyUpdate(trial, update);
    } catch {
      trial.destroy();
      return false;
    }
    // Content waiting for a missing earlier change cannot be judged yet: refuse it.
    const waiting = trial.store.pendingStructs !== null || trial.store.pendingDs !== null;
    if (waiting || baselineOf(trial) !== this.baseline) {
      trial.destroy();
      return false;
    }
    this.shadow.destroy();
    this.shadow = trial;
    return true;
  }

  /** An update the room took from elsewhere: it may change the baseline (an acceptance). */
  observe(update: Uint8Array): void {
    Y.applyUpdate(this.shadow, update);
    this.baseline = baselineOf(this.shadow);
  }

  destroy(): void {
    this.shadow.destroy();
  }
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
