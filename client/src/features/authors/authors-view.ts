// The Authors view's state for one open document: whether this person has it on, and who is
// behind each Yjs client id. The editor's highlight plugin and the side panel both read it.
import type { DocumentAuthor } from '@roundtable/shared/protocol/authorship';

/** How an author is drawn: their name, colour, and one of the underline patterns. */
export interface AuthorStyle {
  personId: string;
  name: string;
  colour: string;
  /** Which underline pattern (0 to PATTERN_COUNT - 1): told apart without colour. */
  pattern: number;
}

export const PATTERN_COUNT = 5;

/**
 * What text is called whose writer was not recorded: the starting text, or text put back from
 * a version.
 */
export const NOT_RECORDED = 'earlier text';

const STORAGE_KEY = 'roundtable-authors-view';

type Listener = () => void;

export class AuthorsView {
  private on: boolean;
  private styles = new Map<number, AuthorStyle>();
  private people: AuthorStyle[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage | null = safeLocalStorage()) {
    this.on = storage?.getItem(STORAGE_KEY) === 'on';
  }

  get enabled(): boolean {
    return this.on;
  }

  /** Turns the view on or off for this person (remembered on this device). */
  setEnabled(enabled: boolean): void {
    if (this.on === enabled) return;
    this.on = enabled;
    try {
      this.storage?.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
    } catch {
      // Not remembered, still switched.
    }
    this.emit();
  }

  setAuthors(authors: readonly DocumentAuthor[]): void {
    const styles = new Map<number, AuthorStyle>();
    this.people = authors.map((author, index) => ({
      personId: author.personId,
      name: author.name,
      colour: author.colour,
      pattern: index % PATTERN_COUNT,
    }));
    authors.forEach((author, index) => {
      const style = this.people[index];
      if (style) for (const clientId of author.clientIds) styles.set(clientId, style);
    });
    this.styles = styles;
    this.emit();
  }

  /** The author of a client id, or undefined when not (yet) known. */
  styleOf(clientId: number): AuthorStyle | undefined {
    return this.styles.get(clientId);
  }

  knows(clientId: number): boolean {
    return this.styles.has(clientId);
  }

  /** Everyone who wrote, in the legend's order. */
  authors(): readonly AuthorStyle[] {
    return this.people;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
