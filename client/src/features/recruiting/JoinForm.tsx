// The short form anyone fills in to ask to join. Nothing about qualifications is asked. The
// field named "website" is hidden from people (and from screen readers); robots fill it in.
import { useState } from 'react';
import { Button, TextArea, TextField, useSubmit } from '../../ui/index.ts';
import { sendJoinRequest } from './api.ts';
import {
  contactChoices,
  emptyJoinFields,
  joinRequestOf,
  type JoinFields,
} from './join-form-fields.ts';

export function JoinForm({ slug, onSent }: { slug: string; onSent: () => void }) {
  const [fields, setFields] = useState<JoinFields>(emptyJoinFields);
  const submit = useSubmit<{ message: string; field?: string }>();
  const set = (change: Partial<JoinFields>) => setFields({ ...fields, ...change });
  const errorFor = (...names: string[]) =>
    submit.error?.field && names.some((name) => submit.error?.field?.startsWith(name))
      ? submit.error.message.replace(/^[\w.]+: /, '')
      : null;

  const send = async () => {
    const result = await sendJoinRequest(slug, joinRequestOf(fields));
    if (result.ok) onSent();
    else submit.setError({ message: result.problem.message, field: result.problem.field });
  };

  return (
    <form className="rt-join-form" onSubmit={submit.onSubmit(send)} noValidate>
      <p>
        You do not need any qualifications to join. We want to hear from people with lived
        experience. Please tell us a little about yourself.
      </p>
      <TextField
        label="Your name"
        autoComplete="name"
        required
        value={fields.name}
        error={errorFor('name')}
        onChange={(event) => set({ name: event.target.value })}
      />
      <fieldset className="rt-fieldset">
        <legend className="rt-field__label">How should we contact you?</legend>
        {contactChoices.map((choice) => (
          <label key={choice.value} className="rt-radio">
            <input
              type="radio"
              name="contact-way"
              value={choice.value}
              checked={fields.way === choice.value}
              onChange={() => set({ way: choice.value })}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      {fields.way === 'email' ? (
        <TextField
          label="Your email address"
          type="email"
          autoComplete="email"
          value={fields.email}
          error={errorFor('contact')}
          onChange={(event) => set({ email: event.target.value })}
        />
      ) : null}
      {fields.way === 'phone' ? (
        <TextField
          label="Your phone number"
          type="tel"
          autoComplete="tel"
          value={fields.phone}
          error={errorFor('contact')}
          onChange={(event) => set({ phone: event.target.value })}
        />
      ) : null}
      {fields.way === 'post' ? (
        <TextArea
          label="Your postal address"
          autoComplete="street-address"
          rows={4}
          value={fields.address}
          error={errorFor('contact')}
          onChange={(event) => set({ address: event.target.value })}
        />
      ) : null}
      {fields.way === 'supporter' ? (
        <>
          <TextField
            label="Your supporter’s name"
            value={fields.supporterName}
            error={errorFor('contact.supporterName')}
            onChange={(event) => set({ supporterName: event.target.value })}
          />
          <TextArea
            label="How we can contact your supporter"
            hint="Their phone number, email address or postal address."
            rows={3}
            value={fields.supporterContact}
            error={errorFor('contact.supporterContact')}
            onChange={(event) => set({ supporterContact: event.target.value })}
          />
        </>
      ) : null}
      <TextArea
        label="Your communication and access needs (if you want to tell us)"
        hint="For example: large print, Easy Read, a British Sign Language interpreter, step-free access, a quiet room."
        rows={3}
        value={fields.needs}
        error={errorFor('needs')}
        onChange={(event) => set({ needs: event.target.value })}
      />
      <TextArea
        label="Why would you like to join? (in your own words)"
        hint="There are no right or wrong answers."
        rows={5}
        value={fields.reason}
        error={errorFor('reason')}
        onChange={(event) => set({ reason: event.target.value })}
      />
      <div className="rt-join-form__trap" aria-hidden="true">
        <label>
          Leave this empty
          <input
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={fields.website}
            onChange={(event) => set({ website: event.target.value })}
          />
        </label>
      </div>
      {submit.error && !submit.error.field ? (
        <p className="rt-form-error" role="alert">
          {submit.error.message}
        </p>
      ) : null}
      {submit.error?.field ? (
        <p className="rt-form-error" role="alert">
          Please check the form: {submit.error.message.replace(/^[\w.]+: /, '')}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={submit.busy}>
        Send my request
      </Button>
    </form>
  );
}
