// Who each suggestion in a document names as its author, so nobody makes a suggestion in
// someone else's name. A suggestion mark's `author` is a person id (shared/editor/
// suggestion-marks.ts): a new suggestion must name the person whose connection sent it. The
// editor also sets marks of existing suggestions again (splitting a paragraph, turning it into
// a heading, typing on at the edge of someone's suggestion, undo): that is let by when the mark
// says exactly what the suggestion already says (the same author and time); changing who made
// a suggestion is not. Suggestions seen while the room is open are remembered even after they
// go, so undoing a deletion brings them back.
import type { SuggestionStamp } from '../documents/schema-guard.ts';

const stampOf = ({ author, at }: SuggestionStamp): string => JSON.stringify([author, at]);

export class SuggestionAuthors {
  /** Suggestion id → every (author, time) it has been seen with. */
  private readonly seen = new Map<string, Set<string>>();

  constructor(present: readonly SuggestionStamp[]) {
    this.learn(present);
  }

  /** Suggestion marks a document has taken. */
  learn(stamps: readonly SuggestionStamp[]): void {
    for (const stamp of stamps) {
      let known = this.seen.get(stamp.id);
      if (!known) {
        known = new Set();
        this.seen.set(stamp.id, known);
      }
      known.add(stampOf(stamp));
    }
  }

  /** Why `personId` may not set these suggestion marks, in plain words, or null. */
  problemFor(personId: string | null, stamps: readonly SuggestionStamp[]): string | null {
    for (const stamp of stamps) {
      const known = this.seen.get(stamp.id);
      if (known) {
        if (!known.has(stampOf(stamp))) return 'it changes who made a suggestion, or when';
      } else if (personId === null || stamp.author !== personId) {
        return 'it names another person as the author of a suggestion';
      }
    }
    return null;
  }
}
