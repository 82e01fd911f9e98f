// In the Easy Read editor: each linked section's state against the full draft, a marker in the
// text under each heading that may be out of date, and "Mark as checked". The draft's section
// texts come from outside (useDraftTexts); the link itself is the heading's attributes
// (shared/editor/section-heading.ts), so marking a section checked is an edit like any other:
// it syncs live, and only people who may edit the Easy Read version can make it.
import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { Extension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { linkStatus, type LinkStatus } from '@roundtable/shared/domain/easy-read/staleness';
import { checkedTextOf } from '@roundtable/shared/editor/section-heading';

export interface LinkedSection {
  /** The heading's position in the editor. */
  pos: number;
  title: string;
  explains: string;
  checkedAt: string | null;
  status: LinkStatus;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Every heading that explains a section of the draft, in order; none while the draft is unread. */
export function linkedSections(
  doc: ProseMirrorNode,
  draftTexts: ReadonlyMap<string, string> | null,
): LinkedSection[] {
  if (draftTexts === null) return [];
  const sections: LinkedSection[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return true;
    const explains = stringOrNull(node.attrs.explains);
    if (explains === null) return false;
    const link = { explains, checkedText: stringOrNull(node.attrs.checkedText) };
    sections.push({
      pos,
      title: node.textContent.trim(),
      explains,
      checkedAt: stringOrNull(node.attrs.checkedAt),
      status: linkStatus(link, draftTexts),
    });
    return false;
  });
  return sections;
}

export const MARKER_WORDS = {
  'may-be-out-of-date': 'May be out of date: the full draft changed.',
  'draft-section-gone': 'The part of the full draft this explains is no longer there.',
} as const;

function marker(kind: keyof typeof MARKER_WORDS): HTMLElement {
  const element = document.createElement('div');
  element.className = `rt-keep-in-step-marker rt-keep-in-step-marker--${kind}`;
  element.contentEditable = 'false';
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.className = 'rt-keep-in-step-marker__icon';
  icon.textContent = '⚠';
  element.append(icon, ` ${MARKER_WORDS[kind]}`);
  return element;
}

const keepInStepKey = new PluginKey<DecorationSet>('roundtable-keep-in-step');

/**
 * What the editor needs to draw the markers: the draft's section texts, which change as people
 * write in the draft. One per open Easy Read version.
 */
export class KeepInStepView {
  private draftTexts: ReadonlyMap<string, string> | null = null;

  readonly extension = Extension.create({
    name: 'keepInStepMarkers',
    addProseMirrorPlugins: () => [this.plugin()],
  });

  /** New draft texts: redraws the markers of `editor`, if it is open. */
  update(draftTexts: ReadonlyMap<string, string> | null, editor: Editor | null): void {
    this.draftTexts = draftTexts;
    if (editor && !editor.isDestroyed) {
      editor.view.dispatch(editor.state.tr.setMeta(keepInStepKey, true));
    }
  }

  private decorate(doc: ProseMirrorNode): DecorationSet {
    const widgets = linkedSections(doc, this.draftTexts).flatMap(({ pos, explains, status }) => {
      if (status.kind !== 'may-be-out-of-date' && status.kind !== 'draft-section-gone') return [];
      const after = pos + (doc.nodeAt(pos)?.nodeSize ?? 0);
      const kind = status.kind;
      return [
        Decoration.widget(after, () => marker(kind), { side: -1, key: `${explains}:${kind}` }),
      ];
    });
    return DecorationSet.create(doc, widgets);
  }

  private plugin(): Plugin<DecorationSet> {
    return new Plugin<DecorationSet>({
      key: keepInStepKey,
      state: {
        init: (_config, state) => this.decorate(state.doc),
        apply: (tr, previous, _old, state) =>
          tr.docChanged || tr.getMeta(keepInStepKey) ? this.decorate(state.doc) : previous,
      },
      props: { decorations: (state) => keepInStepKey.getState(state) },
    });
  }
}

/** Records the draft section's words now as the words this section was checked against. */
export function markChecked(editor: Editor, explains: string, draftText: string): void {
  const tr = editor.state.tr;
  const checkedAt = new Date().toISOString();
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return true;
    if (node.attrs.explains === explains) {
      tr.setNodeMarkup(pos, undefined, {
        ...node.attrs,
        checkedText: checkedTextOf(draftText),
        checkedAt,
      });
    }
    return false;
  });
  // A record of checking, not a change of words: never turned into a suggestion.
  tr.setMeta(suggestChangesKey, { skip: true });
  editor.view.dispatch(tr);
}
