// Highlights in the text for comment threads: an underline and an outline (never colour alone)
// over the words each thread is about. The plugin resolves anchors when threads change or
// someone else's edit arrives, and otherwise maps its highlights through local edits; a thread
// whose words were deleted has no highlight left, which is how the list knows "text removed".
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { CommentAnchor } from '@roundtable/shared/protocol/comments';
import { resolveAnchor, type AnchorContext, type AnchorMapping } from './anchors.ts';

export interface HighlightedThread {
  id: string;
  anchor: CommentAnchor;
  resolved: boolean;
}

interface HighlightState {
  threads: readonly HighlightedThread[];
  active: string | null;
  decorations: DecorationSet;
  /** Anchors were resolved with the sync binding in place. */
  ready: boolean;
}

type HighlightMeta = { threads?: readonly HighlightedThread[]; active?: string | null };

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

/** What anchors are made and read against, from the editor's collaboration plugin. */
export function anchorContextOf(state: EditorState): AnchorContext | null {
  const sync = ySyncPluginKey.getState(state) as
    { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping: AnchorMapping } | null } | undefined;
  if (!sync?.doc || !sync.type || !sync.binding) return null;
  return { doc: sync.doc, fragment: sync.type, mapping: sync.binding.mapping, node: state.doc };
}

function decorate(
  state: EditorState,
  threads: readonly HighlightedThread[],
  active: string | null,
): { decorations: DecorationSet; ready: boolean } {
  const context = anchorContextOf(state);
  if (!context) return { decorations: DecorationSet.empty, ready: false };
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const found = resolveAnchor(context, thread.anchor);
    if (found.kind !== 'found') continue;
    const classes = ['rt-comment-highlight'];
    if (thread.resolved) classes.push('rt-comment-highlight--resolved');
    if (thread.id === active) classes.push('rt-comment-highlight--active');
    decorations.push(
      Decoration.inline(
        found.from,
        found.to,
        { class: classes.join(' '), 'data-thread-id': thread.id },
        { threadId: thread.id },
      ),
    );
  }
  return { decorations: DecorationSet.create(state.doc, decorations), ready: true };
}

export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({
            threads: [],
            active: null,
            decorations: DecorationSet.empty,
            ready: false,
          }),
          apply(tr, old, _oldState, state) {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
            const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
            const threads = meta?.threads ?? old.threads;
            const active = meta?.active !== undefined ? meta.active : old.active;
            if (meta || sync?.isChangeOrigin || !old.ready) {
              return { threads, active, ...decorate(state, threads, active) };
            }
            return { ...old, decorations: old.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});

/** Tells the highlights which threads there are, and which one is being looked at. */
export function setHighlights(editor: Editor, meta: HighlightMeta): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(
    editor.state.tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false),
  );
}

/** Where a thread's words are in the text now, or null when they were removed. */
export function rangeOf(state: EditorState, threadId: string): { from: number; to: number } | null {
  const found = commentHighlightsKey
    .getState(state)
    ?.decorations.find(
      undefined,
      undefined,
      (spec: { threadId?: string }) => spec.threadId === threadId,
    );
  if (!found || found.length === 0) return null;
  return {
    from: Math.min(...found.map((d) => d.from)),
    to: Math.max(...found.map((d) => d.to)),
  };
}

/** The ids of threads whose words are still in the text, once anchors could be resolved. */
export function placedThreads(state: EditorState): ReadonlySet<string> | null {
  const plugin = commentHighlightsKey.getState(state);
  if (!plugin?.ready) return null;
  return new Set(plugin.decorations.find().map((d) => (d.spec as { threadId: string }).threadId));
}
