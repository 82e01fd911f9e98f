// The form under a paragraph of a public consultation: the comment, and, if the person wants,
// their name and how to reach them. A hidden field catches forms filled by programs.
import { useEffect, useRef, useState } from 'react';
import {
  COMMENT_MAX,
  COMMENTER_NAME_MAX,
  CONTACT_MAX,
} from '@roundtable/shared/protocol/consultations';
import { Button, TextField, useSubmit } from '../../ui/index.ts';
import { sendComment } from './api.ts';
import { TextAreaField } from './TextAreaField.tsx';

export interface CommentFormProps {
  consultationId: string;
  paragraph: number;
  paragraphNumber: number;
  moderated: boolean;
  onSent: (message: string) => void;
  onCancel: () => void;
}

export function CommentForm(props: CommentFormProps) {
  const { consultationId, paragraph, paragraphNumber, moderated } = props;
  const [body, setBody] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const honeypot = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = useSubmit<{ message: string; field?: string | undefined }>();
  const send = async () => {
    submit.setError(null);
    const result = await sendComment(consultationId, {
      paragraph,
      body,
      ...(name.trim() ? { name } : {}),
      ...(contact.trim() ? { contact } : {}),
      ...(honeypot.current?.value ? { website: honeypot.current.value } : {}),
    });
    if (!result.ok) {
      submit.setError({ message: result.problem.message, field: result.problem.field });
      return;
    }
    props.onSent(
      result.data.state === 'pending'
        ? 'Thank you. We have your comment. Someone from the group reads every comment before it shows on this page.'
        : 'Thank you. Your comment is now on this page.',
    );
  };
  const error = submit.error;
  const fieldError = (field: string) => (error?.field === field ? error.message : null);
  return (
    <form
      className="rt-card rt-comment-form"
      aria-label={`Your comment on paragraph ${paragraphNumber}`}
      onSubmit={submit.onSubmit(send)}
      noValidate
    >
      <TextAreaField
        ref={first}
        label={`Your comment on paragraph ${paragraphNumber}`}
        hint={`Say what you think in your own words. Up to ${COMMENT_MAX} characters. Please do not put web links in it.`}
        value={body}
        maxLength={COMMENT_MAX}
        required
        error={fieldError('body')}
        onChange={(event) => setBody(event.target.value)}
      />
      <TextField
        label="Your name (you do not have to give it)"
        hint="If you give your name, it shows with your comment."
        value={name}
        maxLength={COMMENTER_NAME_MAX}
        autoComplete="name"
        error={fieldError('name')}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label="How we can contact you (you do not have to give it)"
        hint="Give an email address or phone number if you would like to hear back about what happened to your comment. Only the group’s organisers see it, and we delete it a few months after the consultation closes."
        value={contact}
        maxLength={CONTACT_MAX}
        error={fieldError('contact')}
        onChange={(event) => setContact(event.target.value)}
      />
      <div className="rt-honeypot" aria-hidden="true">
        <label>
          Leave this empty
          <input ref={honeypot} name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {error && !['body', 'name', 'contact'].includes(error.field ?? '') ? (
        <p className="rt-form-error" role="alert">
          {error.message}
        </p>
      ) : null}
      {moderated ? (
        <p className="rt-muted">Someone from the group reads every comment before it shows here.</p>
      ) : null}
      <div className="rt-form-actions">
        <Button type="submit" variant="primary" disabled={submit.busy}>
          Send my comment
        </Button>
        <Button type="button" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
