// The formatting buttons, in toolbar order: what each is called, how it looks, whether it is
// "on" where the cursor is, and what it does.
import type { Editor } from '@tiptap/core';
import type { ReactNode } from 'react';
import { COMMENT_SHORTCUT } from '../comments/index.ts';
import { caretParagraph, pictureChangeRefusal } from '../pictures/index.ts';
import {
  BulletListIcon,
  CommentIcon,
  HardWordIcon,
  LinkIcon,
  NumberListIcon,
  PictureIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
} from '../../ui/index.ts';

export type ToolbarActionId =
  | 'bold'
  | 'italic'
  | 'heading'
  | 'subheading'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'link'
  | 'picture'
  | 'undo'
  | 'redo'
  | 'comment'
  | 'explainWord';

export interface ToolbarAction {
  id: ToolbarActionId;
  label: string;
  icon: ReactNode;
  /** Keyboard shortcut, shown as a tooltip and told to screen readers. */
  shortcut?: string;
  /** Works in a read-only editor too (commenting does not change the text). */
  readOnlyToo?: boolean;
  /** A label that depends on where the cursor is (otherwise `label`). */
  labelOf?: (editor: Editor) => string;
  /** Why the action cannot run now, said when someone tries it anyway. */
  refusal?: (editor: Editor) => string | null;
  /** Toggles have a pressed state; undo and redo do not. */
  isActive?: (editor: Editor) => boolean;
  canRun: (editor: Editor) => boolean;
  /** Runs the action; link, picture, comment and explain are handled by the toolbar (dialogs). */
  run: (editor: Editor) => void;
}

export const TOOLBAR_ACTIONS: readonly ToolbarAction[] = [
  {
    id: 'bold',
    label: 'Bold',
    icon: <span className="rt-glyph rt-glyph--bold">B</span>,
    shortcut: 'Control+B',
    isActive: (editor) => editor.isActive('bold'),
    canRun: (editor) => editor.can().toggleBold(),
    run: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'Italic',
    icon: <span className="rt-glyph rt-glyph--italic">I</span>,
    shortcut: 'Control+I',
    isActive: (editor) => editor.isActive('italic'),
    canRun: (editor) => editor.can().toggleItalic(),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    id: 'heading',
    label: 'Heading',
    icon: <span className="rt-glyph">H</span>,
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    canRun: (editor) => editor.can().toggleHeading({ level: 2 }),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'subheading',
    label: 'Subheading',
    icon: <span className="rt-glyph rt-glyph--small">H</span>,
    isActive: (editor) => editor.isActive('heading', { level: 3 }),
    canRun: (editor) => editor.can().toggleHeading({ level: 3 }),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bulletList',
    label: 'Bullets',
    icon: <BulletListIcon />,
    isActive: (editor) => editor.isActive('bulletList'),
    canRun: (editor) => editor.can().toggleBulletList(),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'Numbers',
    icon: <NumberListIcon />,
    isActive: (editor) => editor.isActive('orderedList'),
    canRun: (editor) => editor.can().toggleOrderedList(),
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'blockquote',
    label: 'Quote',
    icon: <QuoteIcon />,
    isActive: (editor) => editor.isActive('blockquote'),
    canRun: (editor) => editor.can().toggleBlockquote(),
    run: (editor) => editor.chain().focus().toggleBlockquote().run(),
  },
  {
    id: 'link',
    label: 'Link',
    icon: <LinkIcon />,
    isActive: (editor) => editor.isActive('link'),
    canRun: (editor) => editor.isEditable,
    run: () => undefined,
  },
  {
    id: 'picture',
    label: 'Add a picture',
    labelOf: (editor) =>
      caretParagraph(editor.state)?.picture ? 'Change picture' : 'Add a picture',
    icon: <PictureIcon />,
    refusal: pictureChangeRefusal,
    canRun: (editor) => pictureChangeRefusal(editor) === null,
    run: () => undefined,
  },
  {
    id: 'comment',
    label: 'Comment',
    icon: <CommentIcon />,
    shortcut: COMMENT_SHORTCUT,
    readOnlyToo: true,
    canRun: (editor) => !editor.state.selection.empty,
    run: () => undefined,
  },
  {
    id: 'explainWord',
    label: 'Explain a word',
    icon: <HardWordIcon />,
    // Explaining a word changes the workspace's hard words, not the text.
    readOnlyToo: true,
    canRun: () => true,
    run: () => undefined,
  },
  {
    id: 'undo',
    label: 'Undo',
    icon: <UndoIcon />,
    shortcut: 'Control+Z',
    canRun: (editor) => editor.can().undo(),
    run: (editor) => editor.chain().focus().undo().run(),
  },
  {
    id: 'redo',
    label: 'Redo',
    icon: <RedoIcon />,
    shortcut: 'Control+Y',
    canRun: (editor) => editor.can().redo(),
    run: (editor) => editor.chain().focus().redo().run(),
  },
];
