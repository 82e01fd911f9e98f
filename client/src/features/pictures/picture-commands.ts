// What the editor can do with a paragraph's picture, and when it may: the paragraph is the
// one with the caret; the change is one transaction setting both attributes (picture and alt
// text), so it syncs live and is kept in versions like any edit. A picture is never a
// suggestion: in Suggesting mode, and in a draft in review (where the server takes only
// suggestions and refuses a picture change), the editor does not offer it and says why.
import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import {
  PICTURE_ALT_MAX_LENGTH,
  parsePictureRef,
  type PictureRef,
} from '@roundtable/shared/editor/picture';
import type { PictureDisplayOptions } from './picture-display.ts';

export interface CaretParagraph {
  pos: number;
  node: Node;
  picture: PictureRef | null;
  alt: string;
}

/** The paragraph the caret (or the start of the selection) is in; null in a heading. */
export function caretParagraph(state: EditorState): CaretParagraph | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name !== 'paragraph') continue;
    const alt: unknown = node.attrs.pictureAlt;
    return {
      pos: $from.before(depth),
      node,
      picture: parsePictureRef(node.attrs.picture),
      alt: typeof alt === 'string' ? alt : '',
    };
  }
  return null;
}

const inReview = (editor: Editor): boolean => {
  const display = editor.extensionManager.extensions.find(
    (extension) => extension.name === 'pictureDisplay',
  );
  return (display?.options as Partial<PictureDisplayOptions> | undefined)?.inReview?.() ?? false;
};

/** Why the picture of the caret's paragraph cannot be changed now; null when it can. */
export function pictureChangeRefusal(editor: Editor): string | null {
  if (!editor.isEditable) return 'You can see the pictures, but not change them.';
  if (inReview(editor)) return 'While the draft is in review, pictures cannot be changed.';
  if (isSuggestChangesEnabled(editor.state)) {
    return 'A picture cannot be a suggestion. Choose Editing to change pictures.';
  }
  if (!caretParagraph(editor.state)) {
    return 'Put the cursor in a paragraph first. Headings cannot have a picture.';
  }
  return null;
}

/** Sets (or, with null, removes) the picture of the caret's paragraph, in one transaction. */
export function setCaretPicture(
  editor: Editor,
  picture: { ref: string; alt: string } | null,
): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr, state }) => {
      const paragraph = caretParagraph(state);
      if (!paragraph) return false;
      tr.setNodeMarkup(paragraph.pos, undefined, {
        ...paragraph.node.attrs,
        picture: picture?.ref ?? null,
        pictureAlt: picture ? picture.alt.trim().slice(0, PICTURE_ALT_MAX_LENGTH) : null,
      });
      return true;
    })
    .run();
}
