// A version shown read-only with the editor's own schema, so it looks as it did when saved,
// pictures included.
import { EditorContent, useEditor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';
import { PictureDisplay, pictureUrl } from '../pictures/index.ts';

export function ReadOnlyDraft({
  content,
  label,
  documentId,
}: {
  content: JSONContent;
  label: string;
  documentId: string;
}) {
  const editor = useEditor(
    {
      extensions: [
        ...createDocumentExtensions(),
        PictureDisplay.configure({ pictureUrl: (ref) => pictureUrl(ref, documentId) }),
      ],
      content,
      editable: false,
      injectCSS: false,
      editorProps: {
        attributes: {
          class: 'rt-editor__text rt-version-text',
          role: 'document',
          'aria-label': label,
        },
      },
    },
    [content, label, documentId],
  );
  return (
    <div className="rt-editor__frame rt-version-frame">
      <EditorContent editor={editor} />
    </div>
  );
}
