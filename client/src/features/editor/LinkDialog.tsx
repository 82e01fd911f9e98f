// The dialog for adding, changing or removing a link. With words selected, it links them; with
// nothing selected, it also asks which words to show.
import type { Editor } from '@tiptap/core';
import { useState, type FormEvent } from 'react';
import { Button, Dialog, TextField } from '../../ui/index.ts';
import { toLinkAddress } from './link-address.ts';

export interface LinkDialogProps {
  editor: Editor;
  open: boolean;
  onClose: () => void;
}

interface LinkFormProps {
  editor: Editor;
  onClose: () => void;
}

function LinkForm({ editor, onClose }: LinkFormProps) {
  const existing = editor.getAttributes('link') as { href?: unknown };
  const existingHref = typeof existing.href === 'string' ? existing.href : '';
  const needsText = editor.state.selection.empty && !existingHref;
  const [address, setAddress] = useState(existingHref);
  const [text, setText] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const link = toLinkAddress(address);
    const words = text.trim();
    setAddressError(link.ok ? null : link.message);
    setTextError(needsText && !words ? 'Please type the words people will see.' : null);
    if (!link.ok || (needsText && !words)) return;
    const chain = editor.chain().focus();
    if (needsText) {
      chain
        .insertContent({
          type: 'text',
          text: words,
          marks: [{ type: 'link', attrs: { href: link.href } }],
        })
        .run();
    } else {
      chain.extendMarkRange('link').setLink({ href: link.href }).run();
    }
    onClose();
  };

  return (
    <form className="rt-link-form" onSubmit={submit} noValidate>
      {needsText ? (
        <TextField
          label="Words to show"
          hint="For example: the council’s plan"
          value={text}
          error={textError}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
      ) : null}
      <TextField
        label="Web address"
        hint="For example: www.example.org"
        value={address}
        error={addressError}
        onChange={(event) => setAddress(event.target.value)}
        inputMode="url"
        autoComplete="url"
        autoFocus={!needsText}
      />
      <div className="rt-inline-form__actions">
        <Button type="submit" variant="primary">
          {existingHref ? 'Save link' : 'Add link'}
        </Button>
        {existingHref ? (
          <Button
            variant="danger"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onClose();
            }}
          >
            Remove link
          </Button>
        ) : null}
        <Button
          onClick={() => {
            editor.commands.focus();
            onClose();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function LinkDialog({ editor, open, onClose }: LinkDialogProps) {
  const hasLink = editor.isActive('link');
  return (
    <Dialog
      open={open}
      title={hasLink ? 'Change the link' : 'Add a link'}
      description="A link takes people to a web page or an e-mail address when they select it."
      onClose={onClose}
    >
      {open ? <LinkForm editor={editor} onClose={onClose} /> : null}
    </Dialog>
  );
}
