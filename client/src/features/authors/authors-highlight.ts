// Shades the text by who wrote it while the Authors view is on: each author's text gets their
// colour as a light background and their own underline pattern, so it reads without colour
// too. Positions come from the Yjs content (authorRuns), which the sync binding keeps in step
// with the editor's document.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import { authorRuns } from '@roundtable/shared/editor/authorship';
import { NOT_RECORDED, type AuthorsView } from './authors-view.ts';

const authorsKey = new PluginKey<DecorationSet>('authors-highlight');

export function createAuthorsHighlight(view: AuthorsView, fragment: Y.XmlFragment): Extension {
  return Extension.create({
    name: 'authorsHighlight',
    addProseMirrorPlugins() {
      const { schema } = this.editor;
      const isLeaf = (name: string): boolean => schema.nodes[name]?.isLeaf ?? false;
      const decorate = (doc: Parameters<typeof DecorationSet.create>[0]): DecorationSet => {
        if (!view.enabled) return DecorationSet.empty;
        const size = doc.content.size;
        const decorations = authorRuns(fragment, isLeaf).flatMap((run) => {
          if (run.to > size) return [];
          const style = view.styleOf(run.clientId);
          return [
            Decoration.inline(run.from, run.to, {
              class: style
                ? `rt-author rt-author--pattern-${style.pattern}`
                : 'rt-author rt-author--unknown',
              style: style ? `--rt-author-colour: ${style.colour}` : '',
              'data-author': style?.name ?? NOT_RECORDED,
            }),
          ];
        });
        return DecorationSet.create(doc, decorations);
      };
      return [
        new Plugin<DecorationSet>({
          key: authorsKey,
          state: {
            init: (_config, state) => decorate(state.doc),
            // The Yjs content catches up with a local change only after this transaction, so
            // until the refresh below the shading moves with the text.
            apply: (tr, previous, _old, state) =>
              tr.getMeta(authorsKey) ? decorate(state.doc) : previous.map(tr.mapping, tr.doc),
          },
          props: {
            decorations: (state) => authorsKey.getState(state),
          },
          view: (editorView) => {
            let scheduled = false;
            const refresh = (): void => {
              if (scheduled) return;
              scheduled = true;
              queueMicrotask(() => {
                scheduled = false;
                if (!editorView.isDestroyed) {
                  editorView.dispatch(editorView.state.tr.setMeta(authorsKey, true));
                }
              });
            };
            const onContentChange = (): void => {
              if (view.enabled) refresh();
            };
            fragment.observeDeep(onContentChange);
            const unsubscribe = view.subscribe(refresh);
            return {
              destroy: () => {
                fragment.unobserveDeep(onContentChange);
                unsubscribe();
              },
            };
          },
        }),
      ];
    },
  });
}
