// Booking places at a public event, without an account: name, how to reach them (email or phone),
// access needs, and how many places (themselves and anyone coming with them). A hidden field that
// only programs fill in keeps forms filled in by programs out.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MAX_PLACES_PER_BOOKING, type PublicEvent } from '@roundtable/shared/protocol/events';
import { Button, SelectField, TextField, useSubmit } from '../../ui/index.ts';
import { bookEvent } from './api.ts';
import { placesWords } from './words.ts';

const PLACE_OPTIONS = Array.from({ length: MAX_PLACES_PER_BOOKING }, (_, i) => ({
  value: String(i + 1),
  label: placesWords(i + 1),
}));

export function BookingForm({ event }: { event: PublicEvent }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [accessNeeds, setAccessNeeds] = useState('');
  const [places, setPlaces] = useState('1');
  const [website, setWebsite] = useState('');
  const submit = useSubmit<{ field?: string; message: string }>();
  const errorOf = (field: string) => (submit.error?.field === field ? submit.error.message : null);
  const full = event.placesLeft < Number(places) || event.waiting > 0;

  const send = async () => {
    submit.setError(null);
    if (name.trim() === '')
      return submit.setError({ field: 'name', message: 'Please type your name.' });
    if (email.trim() === '' && phone.trim() === '') {
      return submit.setError({
        field: 'email',
        message:
          'Please give an email address or a phone number, so we can tell you about changes.',
      });
    }
    const result = await bookEvent(event.id, {
      name,
      email: email.trim(),
      phone: phone.trim(),
      accessNeeds,
      places: Number(places),
      website,
    });
    if (!result.ok) {
      submit.setError({
        ...(result.problem.field ? { field: result.problem.field } : {}),
        message: result.problem.message,
      });
      return;
    }
    void navigate(`/bookings/${result.data.token}`, { state: { justBooked: true } });
  };

  const descriptionId = 'booking-places-hint';
  return (
    <form
      className="rt-card rt-booking-form"
      aria-labelledby="booking-heading"
      onSubmit={submit.onSubmit(send)}
      noValidate
    >
      <h2 id="booking-heading">{full ? 'Join the waiting list' : 'Book a place'}</h2>
      <p>You do not need an account. We only use your details for this event.</p>
      <TextField
        label="Your name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorOf('name')}
        maxLength={80}
      />
      <TextField
        label="Email address"
        hint="We send your booking and a reminder the day before. Leave empty if you prefer the phone."
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errorOf('email')}
        maxLength={254}
      />
      <TextField
        label="Phone number"
        hint="If you have no email address, we phone you about changes."
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errorOf('phone')}
        maxLength={40}
      />
      <SelectField
        label="How many places?"
        value={places}
        options={PLACE_OPTIONS}
        onChange={setPlaces}
        describedBy={descriptionId}
      >
        <p className="rt-field__hint" id={descriptionId}>
          Count yourself and anyone coming with you, such as a supporter or carer.
        </p>
      </SelectField>
      <div className="rt-field">
        <label className="rt-field__label" htmlFor="booking-access-needs">
          Access needs
        </label>
        <p className="rt-field__hint" id="booking-access-needs-hint">
          Tell us anything that helps you take part: for example large print, a British Sign
          Language interpreter, a seat near the door, or dietary needs. Only the people running the
          event see this.
        </p>
        <textarea
          id="booking-access-needs"
          className="rt-field__input rt-event-textarea"
          aria-describedby="booking-access-needs-hint"
          rows={3}
          maxLength={2000}
          value={accessNeeds}
          onChange={(e) => setAccessNeeds(e.target.value)}
        />
      </div>
      <div className="rt-honeypot" aria-hidden="true">
        <label htmlFor="booking-website">Leave this empty</label>
        <input
          id="booking-website"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
        />
      </div>
      {submit.error && !['name', 'email', 'phone'].includes(submit.error.field ?? '') ? (
        <p className="rt-form-error" role="alert">
          {submit.error.message}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={submit.busy}>
        {full ? 'Join the waiting list' : `Book ${placesWords(Number(places))}`}
      </Button>
    </form>
  );
}
