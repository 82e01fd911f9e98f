// The schema guard: whether the content an update adds to the editor's XmlFragment (`default`)
// fits the editor's schema (documents/content-rules.ts). One update that puts a string, an
// embed, a Y.Map, an unknown node or mark, or a paragraph straight into a list there makes
// every browser's editor throw, so such an update is refused before it is stored.
//
// Only the structs the update added are looked at, each with its parent: the cost follows the
// update, not the document (a keystroke is one struct). Deletions are not looked at: taking
// content away leaves at worst a gap ProseMirror fills (see content-rules.ts). Other root types
// are left alone: the browser binds only `default` (comments and presence live elsewhere), and
// scripts and tests keep their own roots there; they still count towards the size limit.
import * as Y from 'yjs';
import type { NodeType } from '@tiptap/pm/model';
import { MAX_NESTING_DEPTH } from '@roundtable/shared/editor/nesting';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { SUGGESTION_MARK_NAMES } from '@roundtable/shared/editor/suggestion-marks';
import type { ContentRules } from './content-rules.ts';

/** A suggestion mark as set on text, for checking who it names as its author. */
export interface SuggestionStamp {
  id: string;
  author: unknown;
  at: unknown;
}

export interface GuardVerdict {
  /** Why the content does not fit, in a few words, or null when it does. */
  problem: string | null;
  /** Suggestion marks set on text by the content looked at. */
  suggestions: SuggestionStamp[];
}

type AnyType = Y.AbstractType<unknown>;

/** The items the clients in `before` (client id → clock then) added since, oldest first. */
function* addedItems(doc: Y.Doc, before: Map<number, number>): Generator<Y.Item> {
  for (const [client, from] of before) {
    const structs = doc.store.clients.get(client) ?? [];
    const last = structs.at(-1);
    if (!last || last.id.clock + last.length <= from) continue;
    for (let index = Y.findIndexSS(structs, from); index < structs.length; index++) {
      const struct = structs[index];
      if (struct instanceof Y.Item) yield struct;
    }
  }
}

/** Every item in the content, current attribute values included. */
function* everyItem(fragment: Y.XmlFragment): Generator<Y.Item> {
  const types: AnyType[] = [fragment as AnyType];
  for (let type = types.pop(); type; type = types.pop()) {
    yield* type._map.values();
    for (let item = type._start; item; item = item.right) {
      yield item;
      if (item.content instanceof Y.ContentType && !item.deleted) types.push(item.content.type);
    }
  }
}

const suggestionMarkNames: ReadonlySet<string> = new Set(SUGGESTION_MARK_NAMES);

/** One look at some items of one document. */
class Inspection {
  readonly suggestions: SuggestionStamp[] = [];
  /** Types whose children must be checked together, since their order matters. */
  private readonly ordered = new Set<Y.XmlElement>();
  private readonly inContent = new Map<AnyType, boolean>();

  constructor(
    private readonly rules: ContentRules,
    private readonly fragment: Y.XmlFragment,
  ) {
    this.inContent.set(fragment as AnyType, true);
  }

  /** Why this item does not fit where it is, or null. */
  item(item: Y.Item): string | null {
    const parent = item.parent;
    if (item.deleted || !(parent instanceof Y.AbstractType) || !this.isContent(parent)) {
      return null;
    }
    if (parent instanceof Y.XmlText) return this.inText(item, parent);
    if (!(parent instanceof Y.XmlFragment))
      return 'content is inside something that is not an element';
    const parentType = this.typeOf(parent);
    if (!parentType) return `there is no kind of block called "${nameOf(parent)}"`;
    if (item.parentSub !== null) return this.attribute(item, parent, parentType);
    const child = item.content instanceof Y.ContentType ? item.content.type : null;
    if (!(child instanceof Y.XmlElement || child instanceof Y.XmlText)) {
      return `a ${parentType.name} holds something that is neither text nor an element`;
    }
    const childType = child instanceof Y.XmlText ? this.rules.textType : this.typeOf(child);
    if (!childType) return `there is no kind of block called "${(child as Y.XmlElement).nodeName}"`;
    if (!this.rules.accepts(parentType, childType)) {
      return `a ${parentType.name} cannot hold a ${childType.name}`;
    }
    if (child instanceof Y.XmlElement) {
      if (this.tooDeep(parent)) return `content is nested more than ${MAX_NESTING_DEPTH} deep`;
      const missing = this.rules
        .requiredAttributes(childType)
        .find((key) => child.getAttribute(key) === undefined);
      if (missing !== undefined) return `a ${childType.name} needs its ${missing}`;
      if (this.rules.isOrdered(childType)) this.ordered.add(child);
    }
    if (parent instanceof Y.XmlElement && this.rules.isOrdered(parentType)) {
      this.ordered.add(parent);
    }
    return null;
  }

  /** Why the children of nodes whose order matters do not fit, or null. */
  sequences(): string | null {
    for (const element of this.ordered) {
      const type = this.typeOf(element) as NodeType;
      const children = element.toArray().map((child) => {
        if (child instanceof Y.XmlText) return this.rules.textType;
        return child instanceof Y.XmlElement ? this.typeOf(child) : null;
      });
      if (children.some((child) => child === null)) return `a ${type.name} holds unknown content`;
      const problem = this.rules.sequenceProblem(type, children as NodeType[]);
      if (problem) return problem;
    }
    return null;
  }

  private attribute(item: Y.Item, parent: Y.XmlFragment, type: NodeType): string | null {
    if (!(parent instanceof Y.XmlElement)) return 'the document itself has no attributes';
    const key = item.parentSub as string;
    if (!(item.content instanceof Y.ContentAny) || item.content.arr.length !== 1) {
      return `the ${key} of a ${type.name} is not a plain value`;
    }
    return this.rules.attributeProblem(type, key, item.content.arr[0]);
  }

  private inText(item: Y.Item, text: Y.XmlText): string | null {
    if (item.parentSub !== null) return 'text has no attributes';
    const container = text.parent instanceof Y.XmlFragment ? this.typeOf(text.parent) : null;
    if (!container || !this.rules.accepts(container, this.rules.textType)) {
      return 'text is where no text may be';
    }
    const { content } = item;
    if (content instanceof Y.ContentString) return null;
    if (!(content instanceof Y.ContentFormat)) return 'text holds something that is not words';
    const problem = this.rules.formatProblem(container, content.key, content.value);
    if (problem) return problem;
    const mark = this.rules.markOf(content.key);
    if (mark && suggestionMarkNames.has(mark.name) && content.value !== null) {
      const { id, author, at } = content.value as Record<string, unknown>;
      if (typeof id !== 'string' && typeof id !== 'number') return 'a suggestion has no id';
      this.suggestions.push({ id: String(id), author, at });
    }
    return null;
  }

  /**
   * Whether an element put into `parent` would stand more than MAX_NESTING_DEPTH elements deep.
   * A walk up of at most that many steps, so the cost follows the item, not the document.
   */
  private tooDeep(parent: Y.XmlFragment): boolean {
    let at: unknown = parent;
    for (let depth = 0; depth < MAX_NESTING_DEPTH; depth++) {
      if (at === this.fragment || !(at instanceof Y.AbstractType)) return false;
      at = (at as AnyType)._item?.parent ?? null;
    }
    return true;
  }

  private typeOf(type: Y.XmlFragment): NodeType | null {
    if (type === this.fragment) return this.rules.schema.topNodeType;
    return type instanceof Y.XmlElement ? this.rules.elementType(type.nodeName) : null;
  }

  /** Whether a type is the content fragment or inside it (not another root). */
  private isContent(type: AnyType): boolean {
    const path: AnyType[] = [];
    let found: boolean | undefined;
    for (let at: AnyType | null = type; found === undefined;) {
      found = this.inContent.get(at);
      if (found !== undefined) break;
      path.push(at);
      const parent: unknown = at._item?.parent ?? null;
      if (parent instanceof Y.AbstractType) at = parent as AnyType;
      else found = false;
    }
    for (const seen of path) this.inContent.set(seen, found);
    return found;
  }
}

const nameOf = (type: Y.XmlFragment): string =>
  type instanceof Y.XmlElement ? type.nodeName : 'the document';

export class SchemaGuard {
  constructor(readonly rules: ContentRules) {}

  /** Checks what the clients in `before` (client id → clock then) added to `doc` since. */
  checkAdded(doc: Y.Doc, before: Map<number, number>): GuardVerdict {
    return this.inspect(doc, () => addedItems(doc, before));
  }

  /** Checks the whole content (a document as stored, before anyone is shown it). */
  checkAll(doc: Y.Doc): GuardVerdict {
    return this.inspect(doc, (fragment) => everyItem(fragment));
  }

  private inspect(doc: Y.Doc, items: (fragment: Y.XmlFragment) => Iterable<Y.Item>): GuardVerdict {
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    const inspection = new Inspection(this.rules, fragment);
    let problem: string | null = null;
    // On past a problem: the suggestions are wanted whole, even of content that does not fit.
    for (const item of items(fragment)) {
      const found = inspection.item(item);
      problem ??= found;
    }
    return { problem: problem ?? inspection.sequences(), suggestions: inspection.suggestions };
  }
}
