// One person's editor over a Y.Doc, without a screen: ProseMirror's own commands (the ones
// Tiptap's toolbar and keys run) on the editor's schema, written to Yjs by y-tiptap's
// `updateYFragment` with the binding's metadata kept between edits, as the browser's sync
// binding does, with the editor's own plugins (suggestions, section ids for headings). In
// Suggesting mode each edit is first rewritten as the browser does it.
import { suggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import type { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import { initProseMirrorDoc, updateYFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { sectionIdsPlugin } from '@roundtable/shared/editor/section-heading';
import { suggestTransaction } from '@roundtable/shared/editor/suggestions';

type BindingMeta = Parameters<typeof updateYFragment>[3];

export class EditorOverYjs {
  readonly doc = new Y.Doc();
  state!: EditorState;
  private meta!: BindingMeta;

  constructor(
    readonly schema: Schema,
    /** The person id Suggesting mode stamps on new suggestions. */
    readonly author: string,
    state?: Uint8Array,
  ) {
    if (state) Y.applyUpdate(this.doc, state);
    this.reload();
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment('default');
  }

  /** Reads the Yjs content afresh, as the binding does after other people's changes. */
  reload(): void {
    const { doc, meta } = initProseMirrorDoc(this.fragment, this.schema);
    this.meta = meta as BindingMeta;
    const plugins = [suggestChanges(), sectionIdsPlugin()];
    this.state = EditorState.create({ schema: this.schema, doc, plugins });
  }

  /** Takes another person's change. */
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update);
    this.reload();
  }

  /**
   * Puts the cursor `offset` characters into the first text `words`; with `through`, selects
   * from there to the end of the first text `through` after it.
   */
  select(words: string, { offset = 0, through }: { offset?: number; through?: string } = {}): void {
    const from = this.find(words) + offset;
    const to = through === undefined ? from : this.find(through, from) + through.length;
    const selection = TextSelection.create(this.state.doc, from, to);
    this.state = this.state.apply(this.state.tr.setSelection(selection));
  }

  private find(words: string, after = 0): number {
    let found = -1;
    this.state.doc.descendants((node, pos) => {
      const index = node.isText ? (node.text ?? '').indexOf(words) : -1;
      if (found < 0 && index >= 0 && pos + index >= after) found = pos + index;
      return found < 0;
    });
    if (found < 0) throw new Error(`no "${words}" in the document`);
    return found;
  }

  /** Runs a command; returns the Yjs change the binding writes for it. */
  run(command: Command, { suggesting = false } = {}): Uint8Array {
    let made: Transaction | undefined;
    if (!command(this.state, (tr) => (made = tr))) throw new Error('the command did not apply');
    if (!made) throw new Error('the command made no transaction');
    const tr = suggesting
      ? suggestTransaction(made, this.state, this.author, '2026-11-23T10:00:00.000Z')
      : made;
    this.state = this.state.apply(tr);
    const before = Y.encodeStateVector(this.doc);
    this.doc.transact(() => {
      updateYFragment(this.doc, this.fragment, this.state.doc, this.meta);
    }, ySyncPluginKey);
    return Y.encodeStateAsUpdate(this.doc, before);
  }

  /** Types words at the cursor. */
  type(words: string, options: { suggesting?: boolean } = {}): Uint8Array {
    return this.run((state, dispatch) => {
      dispatch?.(state.tr.insertText(words));
      return true;
    }, options);
  }
}
