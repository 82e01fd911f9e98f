// The formatting toolbar: one tab stop (roving tabindex), arrow keys, Home and End to move
// between buttons, Esc back to the text. Alt+F10 in the text comes here (see
// CollaborativeEditor). Toggles say whether they are on with aria-pressed; a button that cannot
// act right now says so with aria-disabled, so it stays reachable and explains itself.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { TOOLBAR_ACTIONS, type ToolbarActionId } from './toolbar-actions.tsx';

export interface ToolbarHandle {
  /** Moves focus to the toolbar's current button. */
  focus(): void;
}

export interface ToolbarProps {
  editor: Editor;
  editorId: string;
  onLink: () => void;
  /** Opens the comment form for the selected words; without it there is no Comment button. */
  onComment?: () => void;
  /** Opens the picture picker for the cursor's paragraph; without it there is no picture button. */
  onPicture?: () => void;
  /** Says why a button cannot act (to screen readers, and in the page's live region). */
  onRefused?: (message: string) => void;
  /** Explains the chosen word as a hard word; without it there is no Explain a word button. */
  onExplainWord?: () => void;
  ref?: Ref<ToolbarHandle>;
}

type ToolbarState = Record<ToolbarActionId, { active: boolean; enabled: boolean; label: string }>;

function readState(editor: Editor): ToolbarState {
  const state = {} as ToolbarState;
  for (const action of TOOLBAR_ACTIONS) {
    state[action.id] = {
      active: action.isActive?.(editor) ?? false,
      enabled: (editor.isEditable || action.readOnlyToo === true) && action.canRun(editor),
      label: action.labelOf?.(editor) ?? action.label,
    };
  }
  return state;
}

function sameState(a: ToolbarState, b: ToolbarState | null): boolean {
  if (!b) return false;
  return TOOLBAR_ACTIONS.every(
    ({ id }) =>
      a[id].active === b[id].active &&
      a[id].enabled === b[id].enabled &&
      a[id].label === b[id].label,
  );
}

export function Toolbar({
  editor,
  editorId,
  onLink,
  onComment,
  onPicture,
  onRefused,
  onExplainWord,
  ref,
}: ToolbarProps) {
  const actions = TOOLBAR_ACTIONS.filter(
    (action) =>
      (action.id !== 'comment' || onComment) &&
      (action.id !== 'picture' || onPicture) &&
      (action.id !== 'explainWord' || onExplainWord),
  );
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => readState(e),
    equalityFn: sameState,
  });
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useImperativeHandle(ref, () => ({ focus: () => buttons.current[current]?.focus() }), [current]);

  const moveTo = (index: number) => {
    const count = actions.length;
    const next = (index + count) % count;
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        moveTo(current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveTo(current - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(actions.length - 1);
        break;
      case 'Escape':
        // view.focus() is immediate and keeps the selection (the focus command waits a frame).
        editor.view.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="rt-toolbar"
      role="toolbar"
      aria-label="Text formatting"
      aria-controls={editorId}
      onKeyDown={onKeyDown}
      data-testid="toolbar"
    >
      {actions.map((action, index) => {
        const { active, enabled, label } = state[action.id];
        const toggle = action.isActive !== undefined;
        return (
          <button
            key={action.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`rt-tool rt-tool--${action.id}`}
            tabIndex={index === current ? 0 : -1}
            aria-pressed={toggle ? active : undefined}
            aria-disabled={enabled ? undefined : true}
            aria-keyshortcuts={action.shortcut}
            title={
              action.shortcut
                ? `${label} (${action.shortcut.replace('Control', 'Ctrl')})`
                : undefined
            }
            onFocus={() => setCurrent(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!enabled) {
                const why = action.refusal?.(editor);
                if (why) onRefused?.(why);
                return;
              }
              if (action.id === 'link') onLink();
              else if (action.id === 'picture') onPicture?.();
              else if (action.id === 'comment') onComment?.();
              else if (action.id === 'explainWord') onExplainWord?.();
              else action.run(editor);
            }}
          >
            <span className="rt-tool__icon" aria-hidden="true">
              {action.icon}
            </span>
            <span className="rt-tool__label">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
