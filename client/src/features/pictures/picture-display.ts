// Shows a paragraph's picture on its left, with its words on the right (the Easy Read layout).
// A plain ProseMirror node view, not a React one: a 200-page document has thousands of
// paragraphs, and one without a picture is drawn as the ordinary <p> it always was. The picture
// is not editable in place (it changes through the picker) and carries its alt text.
import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { parsePictureRef, type PictureRef } from '@roundtable/shared/editor/picture';
import './pictures.css';

export interface PictureDisplayOptions {
  /** The address of a picture, or null when it cannot be shown here. */
  pictureUrl: (ref: PictureRef) => string | null;
  /** True while the draft is in review: the server refuses picture changes then. */
  inReview: () => boolean;
}

const altOf = (node: Node): string =>
  typeof node.attrs.pictureAlt === 'string' ? node.attrs.pictureAlt : '';

class ParagraphView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly frame: HTMLElement | null = null;
  private readonly image: HTMLImageElement | null = null;
  private pictureAttr: unknown;

  constructor(
    private node: Node,
    private readonly urlOf: PictureDisplayOptions['pictureUrl'],
  ) {
    this.pictureAttr = node.attrs.picture;
    const ref = parsePictureRef(node.attrs.picture);
    this.dom = document.createElement('p');
    if (!ref) {
      this.contentDOM = this.dom;
      return;
    }
    this.dom.className = 'rt-picture-paragraph';
    this.dom.setAttribute('data-picture', String(node.attrs.picture));
    this.frame = document.createElement('span');
    this.frame.className = 'rt-picture-paragraph__picture';
    this.frame.contentEditable = 'false';
    this.image = document.createElement('img');
    this.image.draggable = false;
    this.frame.append(this.image);
    this.contentDOM = document.createElement('span');
    this.contentDOM.className = 'rt-picture-paragraph__words';
    this.dom.append(this.frame, this.contentDOM);
    this.showPicture(ref, altOf(node));
  }

  private showPicture(ref: PictureRef, alt: string): void {
    if (!this.image) return;
    this.image.alt = alt;
    const url = this.urlOf(ref);
    if (url) this.image.src = url;
    else this.image.removeAttribute('src');
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    const ref = parsePictureRef(node.attrs.picture);
    if ((ref === null) !== (this.image === null)) return false;
    if (ref && (node.attrs.picture !== this.pictureAttr || altOf(node) !== altOf(this.node))) {
      this.dom.setAttribute('data-picture', String(node.attrs.picture));
      this.showPicture(ref, altOf(node));
    }
    this.pictureAttr = node.attrs.picture;
    this.node = node;
    return true;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return this.frame !== null && this.frame.contains(mutation.target);
  }
}

export const pictureDisplayKey = new PluginKey('roundtable-picture-display');

export const PictureDisplay = Extension.create<PictureDisplayOptions>({
  name: 'pictureDisplay',

  addOptions() {
    return { pictureUrl: () => null, inReview: () => false };
  },

  addProseMirrorPlugins() {
    const { pictureUrl } = this.options;
    return [
      new Plugin({
        key: pictureDisplayKey,
        props: { nodeViews: { paragraph: (node) => new ParagraphView(node, pictureUrl) } },
      }),
    ];
  },
});
