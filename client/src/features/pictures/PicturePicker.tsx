// The picture picker's form: find a picture by words (it starts with pictures for the words of
// the paragraph), or upload one; then say in words what it shows. Saving needs both a picture
// and its alt text: people who cannot see the picture hear those words instead.
import { useId, useRef, useState, type FormEvent } from 'react';
import { PICTURE_ALT_MAX_LENGTH } from '@roundtable/shared/editor/picture';
import { Button, TextField } from '../../ui/index.ts';
import { PictureChoices, type PictureChoice } from './PictureChoices.tsx';
import { PictureUpload } from './PictureUpload.tsx';
import { altFromName } from './picture-sources.ts';
import { usePictureResults, useSettled, type LoadPictureIndex } from './usePictureResults.ts';

export interface PicturePickerProps {
  documentId: string;
  /** The paragraph's words, for the first suggestions. */
  paragraphText: string;
  /** The paragraph's picture now, if it has one. */
  current: PictureChoice | null;
  currentAlt: string;
  onSave: (picture: { ref: string; alt: string }) => void;
  /** Only when the paragraph has a picture. */
  onRemove?: () => void;
  onCancel: () => void;
  /** Why saving is not possible just now (the draft went into review meanwhile). */
  refusal?: () => string | null;
  loadIndex?: LoadPictureIndex;
  /** Where an uploaded picture is shown from. */
  uploadedUrl: (pictureId: string) => string;
}

export const ALT_TEXT_MISSING = 'Please say in words what the picture shows.';

export function PicturePicker(props: PicturePickerProps) {
  const { documentId, paragraphText, current, onSave, onRemove, onCancel } = props;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<PictureChoice | null>(current);
  const [alt, setAlt] = useState(props.currentAlt);
  const altPrefilled = useRef(props.currentAlt);
  const [errors, setErrors] = useState<{ picture?: string; alt?: string; form?: string }>({});
  const altField = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const results = usePictureResults(query, paragraphText, props.loadIndex);
  const spokenSummary = useSettled(results.summary);

  const choose = (choice: PictureChoice, suggestedAlt: string) => {
    setChosen(choice);
    // Words someone wrote themselves are kept; a name we filled in follows the picture.
    if (alt.trim() === '' || alt === altPrefilled.current) {
      setAlt(suggestedAlt);
      altPrefilled.current = suggestedAlt;
    }
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = alt.trim();
    const found = {
      ...(chosen ? {} : { picture: 'Choose a picture first, or upload one.' }),
      ...(words ? {} : { alt: ALT_TEXT_MISSING }),
    };
    setErrors(found);
    if (!chosen || !words) {
      if (chosen) altField.current?.focus();
      return;
    }
    const refused = props.refusal?.();
    if (refused) {
      setErrors({ form: refused });
      return;
    }
    onSave({ ref: chosen.ref, alt: words });
  };

  return (
    <form className="rt-picture-picker" onSubmit={submit} noValidate>
      <TextField
        label="Find a picture"
        hint="Type a word, for example: house, doctor or money."
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-controls={statusId}
        autoFocus
      />
      <p className="rt-picture-picker__summary" aria-hidden="true">
        {results.summary}
      </p>
      <p className="rt-visually-hidden" id={statusId} role="status">
        {spokenSummary}
      </p>
      <PictureChoices
        choices={results.choices}
        chosen={chosen?.ref ?? null}
        label="Pictures"
        onChoose={(choice) => choose(choice, altFromName(choice.name))}
      />
      <PictureUpload
        documentId={documentId}
        onUploaded={(picture) =>
          choose(
            { ref: `upload:${picture.id}`, name: picture.name, url: props.uploadedUrl(picture.id) },
            '',
          )
        }
      />
      <div className="rt-picture-picker__chosen" aria-live="polite">
        {chosen ? (
          <>
            <img src={chosen.url} alt="" width={64} height={64} />
            <span>Chosen picture: {chosen.name}</span>
          </>
        ) : (
          <span>No picture chosen yet.</span>
        )}
      </div>
      {errors.picture ? (
        <p className="rt-form-error" role="alert">
          {errors.picture}
        </p>
      ) : null}
      <TextField
        ref={altField}
        label="Say what the picture shows"
        hint="People who cannot see the picture hear these words. For example: a house with a garden."
        value={alt}
        error={errors.alt ?? null}
        maxLength={PICTURE_ALT_MAX_LENGTH}
        onChange={(event) => setAlt(event.target.value)}
      />
      {errors.form ? (
        <p className="rt-form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="rt-inline-form__actions">
        <Button type="submit" variant="primary">
          Save picture
        </Button>
        {onRemove ? (
          <Button variant="danger" onClick={onRemove}>
            Remove picture
          </Button>
        ) : null}
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      <p className="rt-picture-picker__credit">
        Pictures by OpenMoji (openmoji.org), the open-source emoji project, under the licence CC
        BY-SA 4.0.
      </p>
    </form>
  );
}
