// /profile: my name, caret colour, pronouns, how I take part (private unless I show it), how I
// like information (which pre-sets the Display menu), an optional password, a copy of my data,
// and signing out on every device.
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { InformationPreferences, Profile, TakePart } from '@roundtable/shared/protocol/people';
import { Button, Checkbox, TextField, usePageTitle, useSubmit } from '../../ui/index.ts';
import { SignedOutNotice, useMe } from '../access/index.ts';
import { useDisplaySettings } from '../display/index.ts';
import '../members/members.css';
import { MyDataSection } from '../my-data/index.ts';
import { RecordConsentSection } from '../notices/index.ts';
import { updateProfile } from './api.ts';
import { displayPreset } from './display-presets.ts';
import { PasswordSection } from './PasswordSection.tsx';
import { SignOutEverywhere } from './SignOutEverywhere.tsx';
import { COLOURS, TAKE_PART_CHOICES } from './words.ts';

export function ProfilePage() {
  usePageTitle('My profile');
  const { state } = useMe();
  return (
    <div className="rt-page rt-narrow">
      <h1 className="rt-page-title" tabIndex={-1}>
        My profile
      </h1>
      {state.status === 'signed-out' ? <SignedOutNotice /> : null}
      {state.status === 'loading' ? <p className="rt-muted">Loading…</p> : null}
      {state.status === 'signed-in' ? (
        <>
          <p className="rt-lead">
            How other people see you, and how you like to get information. Everything here is
            optional except your name.
          </p>
          <ProfileForm key={state.me.profile.id} profile={state.me.profile} />
          <PasswordSection profile={state.me.profile} />
          <section className="rt-card">
            <h2>Tools for scripts</h2>
            <p>
              If you write computer programs that use Roundtable, you can make a token for them on{' '}
              <Link to="/tokens">My API tokens</Link>.
            </p>
          </section>
          <RecordConsentSection profile={state.me.profile} />
          <MyDataSection />
          <SignOutEverywhere />
        </>
      ) : null}
    </div>
  );
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { refresh } = useMe();
  const display = useDisplaySettings();
  const notesId = useId();
  const radioName = useId();
  const [name, setName] = useState(profile.name);
  const [colour, setColour] = useState(profile.colour);
  const [pronouns, setPronouns] = useState(profile.pronouns ?? '');
  const [email, setEmail] = useState(profile.email ?? '');
  const [takePart, setTakePart] = useState<TakePart | null>(profile.takePart);
  const [showTakePart, setShowTakePart] = useState(profile.showTakePart);
  const [information, setInformation] = useState<InformationPreferences>(profile.information);
  const [nameError, setNameError] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit();

  const setInfo =
    <K extends keyof InformationPreferences>(key: K) =>
    (value: InformationPreferences[K]) =>
      setInformation((previous) => ({ ...previous, [key]: value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!name.trim()) {
      setNameError('Please type your name.');
      return;
    }
    const newEmail = email.trim() === '' ? null : email.trim();
    await run(async () => {
      const result = await updateProfile({
        name,
        // Only sent when it changed, so saving other things never trips over the email.
        ...(newEmail !== (profile.email ?? null) ? { email: newEmail } : {}),
        colour,
        pronouns: pronouns.trim() ? pronouns.trim() : null,
        takePart,
        showTakePart: takePart !== null && showTakePart,
        information,
      });
      if (!result.ok) {
        setNameError(result.problem.field === 'name' ? result.problem.message : null);
        setEmailError(result.problem.field === 'email' ? result.problem.message : null);
        setProblem(
          result.problem.field === 'name' || result.problem.field === 'email'
            ? null
            : result.problem.message,
        );
        return;
      }
      setNameError(null);
      setEmailError(null);
      setProblem(null);
      const preset = displayPreset(profile.information, result.data.information, display.settings);
      if (Object.keys(preset.change).length > 0) display.change(preset.change);
      setSaved(
        preset.words.length > 0
          ? `Saved. We also changed how Roundtable looks for you: ${preset.words.join('; ')}. You can change this with the Display button at the top.`
          : 'Saved.',
      );
      void refresh();
    });
  };

  return (
    <form
      className="rt-card"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label="My profile"
    >
      <h2>About me</h2>
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <TextField
        label="Your name"
        hint="Other people see this name next to your writing and in “Who is here”."
        value={name}
        error={nameError}
        autoComplete="name"
        maxLength={80}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label="Pronouns (optional)"
        hint="For example: she/her, he/him, they/them."
        value={pronouns}
        maxLength={40}
        onChange={(event) => setPronouns(event.target.value)}
      />
      <TextField
        label="Email address (optional)"
        hint="You only need one to set a password. Without one, your facilitator can give you a sign-in link. Leave it empty to remove it."
        type="email"
        value={email}
        error={emailError}
        autoComplete="email"
        maxLength={254}
        onChange={(event) => setEmail(event.target.value)}
      />

      <fieldset className="rt-fieldset">
        <legend>The colour of your cursor</legend>
        <p className="rt-field__hint">Other people see your cursor and name in this colour.</p>
        <div className="rt-colours">
          {COLOURS.map((option) => (
            <label key={option.value} className="rt-colour">
              <input
                type="radio"
                name={`${radioName}-colour`}
                value={option.value}
                checked={colour.toLowerCase() === option.value}
                onChange={() => setColour(option.value)}
              />
              <span
                className="rt-colour__swatch"
                aria-hidden="true"
                style={{ backgroundColor: option.value }}
              />
              {option.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="rt-fieldset">
        <legend>How I take part (optional)</legend>
        <p className="rt-field__hint">
          This helps the group check that everyone’s voice is heard. Unless you choose to show it,
          nobody sees your answer next to your name: it is only counted, together with other
          people’s answers.
        </p>
        {TAKE_PART_CHOICES.map((option) => (
          <label key={option.value ?? 'none'} className="rt-choice">
            <input
              type="radio"
              name={`${radioName}-take-part`}
              checked={takePart === option.value}
              onChange={() => setTakePart(option.value)}
            />
            {option.label}
          </label>
        ))}
        {takePart !== null ? (
          <Checkbox
            label="Show this next to my name"
            hint="Other people in your workspaces will see it on the members list."
            checked={showTakePart}
            onChange={setShowTakePart}
          />
        ) : null}
      </fieldset>

      <fieldset className="rt-fieldset">
        <legend>How I like information</legend>
        <p className="rt-field__hint">
          Only the facilitators of your workspaces see this, so they can get things ready for you.
        </p>
        <Checkbox
          label="Larger text"
          hint="We also make the text on this device larger."
          checked={information.largerText}
          onChange={setInfo('largerText')}
        />
        <Checkbox
          label="Easy Read"
          hint="Short sentences and pictures. We also space out the lines on this device."
          checked={information.easyRead}
          onChange={setInfo('easyRead')}
        />
        <Checkbox
          label="Read aloud"
          hint="We put a “Read aloud” button at the top of every page."
          checked={information.readAloud}
          onChange={setInfo('readAloud')}
        />
        <Checkbox
          label="I have a supporter with me"
          checked={information.supporter}
          onChange={setInfo('supporter')}
        />
        <div className="rt-field">
          <label className="rt-field__label" htmlFor={notesId}>
            Anything else (optional)
          </label>
          <p className="rt-field__hint" id={`${notesId}-hint`}>
            For example: “Please send papers a week before” or “I use British Sign Language”.
          </p>
          <textarea
            id={notesId}
            className="rt-textarea"
            aria-describedby={`${notesId}-hint`}
            maxLength={500}
            value={information.notes}
            onChange={(event) => setInfo('notes')(event.target.value)}
          />
        </div>
      </fieldset>

      <Button type="submit" variant="primary" disabled={busy}>
        Save my profile
      </Button>
      <p role="status" className="rt-saved-message">
        {saved}
      </p>
    </form>
  );
}
