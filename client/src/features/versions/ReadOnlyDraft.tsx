// A version shown read-only with the editor's own schema, so it looks as it did when saved.
import { EditorContent, useEditor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { createDocumentExtensions } from '@roundtable/shared/editor/extensions';

export function ReadOnlyDraft({ content, label }: { content: JSONContent; label: string }) {
  const editor = useEditor(
    {
      extensions: createDocumentExtensions(),
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
    [content, label],
  );
  return (
    <div className="rt-editor__frame rt-version-frame">
      <EditorContent editor={editor} />
    </div>
  );
}
