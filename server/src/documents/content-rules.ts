// What the editor's schema (shared/editor) lets a document hold, read from the schema itself:
// which node and mark names exist, which children each node may take, which attributes nodes
// and marks carry and of what kind. The /collab schema guard checks new content against these
// rules, and the repairer (content-repair.ts) makes stored content fit them. Nothing here names
// a node or a mark, so a node attribute added to the extension list is known here at once.
//
// A missing child that ProseMirror would fill in (an empty list, a list item without its first
// paragraph) is let by: two people deleting at the same moment make exactly that, each edit
// fine on its own. A child a node never takes (a paragraph straight in a list, a paragraph in
// a heading) is not.
import type { ContentMatch, MarkType, NodeType, Schema } from '@tiptap/pm/model';

/** How deep a JSON attribute value may nest; ProseMirror's own values are one level deep. */
const MAX_VALUE_DEPTH = 8;
/** y-tiptap keeps a mark that may overlap itself as `name--<8 characters of hash>`. */
const HASHED_MARK = /^(.+)--[a-zA-Z0-9+/=]{8}$/;

/** Nodes ProseMirror can make up to fill a gap (as `ContentMatch.fillBefore` does). */
const fillable = (type: NodeType): boolean => !type.isText && !type.hasRequiredAttrs();

/** Every state reachable from these by filling in nodes, these included. */
function withFills(states: Iterable<ContentMatch>): Set<ContentMatch> {
  const seen = new Set(states);
  for (const state of seen) {
    for (let i = 0; i < state.edgeCount; i++) {
      const { type, next } = state.edge(i);
      if (fillable(type)) seen.add(next);
    }
  }
  return seen;
}

/** The states after taking a child of this type, allowing fills before it; empty if none. */
function step(states: Iterable<ContentMatch>, type: NodeType): Set<ContentMatch> {
  const after = new Set<ContentMatch>();
  for (const state of withFills(states)) {
    const next = state.matchType(type);
    if (next) after.add(next);
  }
  return after;
}

const mayEnd = (states: Iterable<ContentMatch>): boolean =>
  [...withFills(states)].some((state) => state.validEnd);

/** Whether a value is plain JSON (what y-tiptap stores), not bytes, a Yjs type or a class. */
function isJson(value: unknown, depth = 0): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object' || depth >= MAX_VALUE_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isJson(item, depth + 1));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => isJson(item, depth + 1));
}

/** An attribute as a node or mark spec declares it. */
interface AttributeSpec {
  default?: unknown;
  /** A function that throws, or kinds such as "number|null" (as ProseMirror reads it). */
  validate?: string | ((value: unknown) => void);
}

type Attributes = Record<string, AttributeSpec>;

const attributesOf = (type: NodeType | MarkType): Attributes =>
  (type.spec.attrs ?? {}) as Attributes;

function passesValidate(validate: AttributeSpec['validate'], value: unknown): boolean {
  if (typeof validate === 'string') {
    return validate.split('|').includes(value === null ? 'null' : typeof value);
  }
  try {
    validate?.(value);
    return true;
  } catch {
    return false;
  }
}

/** Why a value does not suit an attribute, or null: JSON, of its default's kind, valid. */
function valueProblem(attribute: AttributeSpec, value: unknown): string | null {
  if (!isJson(value)) return 'is not a plain value';
  const kind = typeof attribute.default;
  const typed = kind === 'number' || kind === 'string' || kind === 'boolean';
  if (value !== null && typed && typeof value !== kind) return `is not a ${kind}`;
  return passesValidate(attribute.validate, value) ? null : 'is not valid';
}

interface ContentShape {
  /** Every node type this node may hold somewhere among its children. */
  accepted: Set<NodeType>;
  /** False when the order of children matters, so a change is checked against all of them. */
  orderFree: boolean;
}

export class ContentRules {
  readonly schema: Schema;
  /** The node type an XmlText stands for. */
  readonly textType: NodeType;
  /** The block plain text goes in (the paragraph): the document's first textblock. */
  readonly textBlockType: NodeType;
  private readonly shapes = new Map<NodeType, ContentShape>();

  constructor(schema: Schema) {
    this.schema = schema;
    const text = Object.values(schema.nodes).find((type) => type.isText);
    if (!text) throw new Error('the schema has no text node');
    this.textType = text;
    const first = schema.topNodeType.contentMatch.defaultType;
    const block = first?.isTextblock
      ? first
      : Object.values(schema.nodes).find((type) => type.isTextblock && !type.hasRequiredAttrs());
    if (!block) throw new Error('the schema has no block for text');
    this.textBlockType = block;
  }

  /** The node type an XmlElement of this name stands for, or null when there is none. */
  elementType(name: string): NodeType | null {
    if (!Object.hasOwn(this.schema.nodes, name)) return null;
    const type = this.schema.nodes[name] as NodeType;
    return type.isText ? null : type;
  }

  /** Whether `parent` may hold a `child` somewhere among its children. */
  accepts(parent: NodeType, child: NodeType): boolean {
    return this.shapeOf(parent).accepted.has(child);
  }

  /** Whether the order of a node's children matters (none of the editor's nodes, today). */
  isOrdered(parent: NodeType): boolean {
    return !this.shapeOf(parent).orderFree;
  }

  /** Why these children, in this order, do not fit `parent` (fills allowed), or null. */
  sequenceProblem(parent: NodeType, children: readonly NodeType[]): string | null {
    let states: Set<ContentMatch> = new Set([parent.contentMatch]);
    for (const child of children) {
      states = step(states, child);
      if (states.size === 0) return `a ${parent.name} cannot hold a ${child.name} there`;
    }
    return mayEnd(states) ? null : `a ${parent.name} cannot end there`;
  }

  /** Attributes a node of this type needs and has no default for. */
  requiredAttributes(type: NodeType): string[] {
    return Object.entries(attributesOf(type))
      .filter(([, attribute]) => !Object.hasOwn(attribute, 'default'))
      .map(([name]) => name);
  }

  /** Why a node of this type may not carry this attribute value, or null. */
  attributeProblem(type: NodeType, key: string, value: unknown): string | null {
    const attributes = attributesOf(type);
    if (!Object.hasOwn(attributes, key)) return `a ${type.name} has no attribute "${key}"`;
    const problem = valueProblem(attributes[key] as AttributeSpec, value);
    return problem && `the ${key} of a ${type.name} ${problem}`;
  }

  /** The mark a text formatting key stands for (`name`, or `name--hash` for one that overlaps). */
  markOf(key: string): MarkType | null {
    const hashed = HASHED_MARK.exec(key);
    const name = hashed ? (hashed[1] as string) : key;
    if (!Object.hasOwn(this.schema.marks, name)) return null;
    const mark = this.schema.marks[name] as MarkType;
    // Only a mark that may overlap itself is kept under a hashed name.
    if (hashed && mark.excludes(mark)) return null;
    return mark;
  }

  /** Why text in a node of type `parent` may not be formatted `key: value`, or null. */
  formatProblem(parent: NodeType, key: string, value: unknown): string | null {
    const mark = this.markOf(key);
    if (!mark) return `there is no formatting called "${key}"`;
    if (!parent.allowsMarkType(mark)) return `a ${parent.name} cannot hold ${mark.name} text`;
    if (value === null) return null; // formatting taken away
    // The suggestion library marks only blocks as modified (a changed heading level, say): on
    // words such a mark is what no editor writes, and deciding it failed for every suggestion.
    if (mark.name === 'modification') return 'a suggested change to a block is set on words';
    if (typeof value !== 'object' || Array.isArray(value)) {
      return `the ${mark.name} formatting is not a set of attributes`;
    }
    const attributes = attributesOf(mark);
    for (const [name, attribute] of Object.entries(value as Record<string, unknown>)) {
      if (!Object.hasOwn(attributes, name)) return `${mark.name} has no attribute "${name}"`;
      const problem = valueProblem(attributes[name] as AttributeSpec, attribute);
      if (problem) return `the ${name} of ${mark.name} ${problem}`;
    }
    return null;
  }

  private shapeOf(type: NodeType): ContentShape {
    let shape = this.shapes.get(type);
    if (!shape) {
      shape = shapeOf(type);
      this.shapes.set(type, shape);
    }
    return shape;
  }
}

/** What a node's content expression allows, worked out once per node type. */
function shapeOf(type: NodeType): ContentShape {
  const states = new Set<ContentMatch>([type.contentMatch]);
  const accepted = new Set<NodeType>();
  for (const state of states) {
    for (let i = 0; i < state.edgeCount; i++) {
      const { type: child, next } = state.edge(i);
      accepted.add(child);
      states.add(next);
    }
  }
  // Order-free: from wherever the children have got to, any accepted child may come next (with
  // fills), and the node may end. Then each child can be checked on its own.
  const orderFree = [...states].every(
    (state) => mayEnd([state]) && [...accepted].every((child) => step([state], child).size > 0),
  );
  return { accepted, orderFree };
}
