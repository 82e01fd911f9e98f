// The three suggestion marks of @handlewithcare/prosemirror-suggest-changes (insertion,
// deletion, modification) as Tiptap marks, with two attributes of Roundtable's own: who made
// the suggestion (a person id; names come from the workspace's members) and when. The library
// creates marks with only an id; the browser's Suggesting mode stamps the author and time
// (see client/src/features/suggestions). They reach other people as Yjs text formatting.
import { Mark, Node, mergeAttributes } from '@tiptap/core';

export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const;
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number];

function suggestionAttributes() {
  return {
    id: {
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-id'),
      renderHTML: (attributes: Record<string, unknown>) => ({
        'data-id': String(attributes.id ?? ''),
      }),
    },
    author: {
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-author'),
      renderHTML: (attributes: Record<string, unknown>) =>
        typeof attributes.author === 'string' ? { 'data-author': attributes.author } : {},
    },
    at: {
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-at'),
      renderHTML: (attributes: Record<string, unknown>) =>
        typeof attributes.at === 'string' ? { 'data-at': attributes.at } : {},
    },
  };
}

function textMark(name: 'insertion' | 'deletion', tag: 'ins' | 'del') {
  return Mark.create({
    name,
    inclusive: false,
    excludes: 'insertion deletion modification',
    addAttributes: suggestionAttributes,
    parseHTML: () => [{ tag: `${tag}[data-id]` }],
    renderHTML: ({ HTMLAttributes }) => [
      tag,
      mergeAttributes(HTMLAttributes, { class: `rt-suggestion rt-suggestion--${name}` }),
      0,
    ],
  });
}

export const Insertion = textMark('insertion', 'ins');
export const Deletion = textMark('deletion', 'del');

/** A change of formatting or attributes suggested in Suggesting mode (e.g. bold, a heading). */
export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...suggestionAttributes(),
    type: { default: null, rendered: false },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  parseHTML: () => [{ tag: 'span[data-type="modification"]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'span',
    mergeAttributes(HTMLAttributes, {
      'data-type': 'modification',
      class: 'rt-suggestion rt-suggestion--modification',
    }),
    0,
  ],
});

/**
 * The document node, allowing the suggestion marks on its blocks too, so a suggested new
 * paragraph (or a removed one) is a suggestion like any other, as the library expects.
 */
export const SuggestableDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block+',
  marks: SUGGESTION_MARK_NAMES.join(' '),
});
