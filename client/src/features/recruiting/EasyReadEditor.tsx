// Writing the public page's Easy Read version: short sentences, each with a picture chosen from
// the bundled OpenMoji set (searched by words, as in the editor's picture picker).
import { useState } from 'react';
import type { EasyReadLine } from '@roundtable/shared/protocol/recruiting';
import { Button, TextField, VisuallyHidden } from '../../ui/index.ts';
import { PictureChoices } from '../pictures/PictureChoices.tsx';
import { openMojiUrl } from '../pictures/picture-sources.ts';
import { usePictureResults } from '../pictures/usePictureResults.ts';

function PictureSearch({
  line,
  onChoose,
}: {
  line: EasyReadLine;
  onChoose: (l: EasyReadLine) => void;
}) {
  const [query, setQuery] = useState('');
  const results = usePictureResults(query, line.text);
  return (
    <div className="rt-easy-editor__search">
      <TextField
        label="Find a picture"
        hint="Type a word, like “meeting” or “house”."
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="rt-muted" aria-live="polite">
        {results.summary}
      </p>
      <PictureChoices
        label="Pictures found"
        choices={results.choices.slice(0, 24)}
        chosen={line.picture ? `openmoji:${line.picture}` : null}
        onChoose={(choice) =>
          onChoose({
            ...line,
            picture: choice.ref.replace(/^openmoji:/, ''),
            pictureAlt: choice.name.charAt(0).toUpperCase() + choice.name.slice(1),
          })
        }
      />
    </div>
  );
}

export function EasyReadEditor({
  lines,
  onChange,
}: {
  lines: EasyReadLine[];
  onChange: (lines: EasyReadLine[]) => void;
}) {
  const [choosing, setChoosing] = useState<number | null>(null);
  const change = (index: number, line: EasyReadLine) =>
    onChange(lines.map((old, at) => (at === index ? line : old)));
  return (
    <div className="rt-easy-editor">
      <ol className="rt-easy-editor__lines">
        {lines.map((line, index) => (
          <li key={index} className="rt-easy-editor__line">
            {line.picture ? (
              <img src={openMojiUrl(line.picture)} alt={line.pictureAlt} width={64} height={64} />
            ) : null}
            <TextField
              label={`Sentence ${index + 1}`}
              value={line.text}
              onChange={(event) => change(index, { ...line, text: event.target.value })}
            />
            <Button onClick={() => setChoosing(choosing === index ? null : index)}>
              {line.picture ? 'Change picture' : 'Choose a picture'}
              <VisuallyHidden> for sentence {index + 1}</VisuallyHidden>
            </Button>{' '}
            <Button onClick={() => onChange(lines.filter((_, at) => at !== index))}>
              Remove <VisuallyHidden>sentence {index + 1}</VisuallyHidden>
            </Button>
            {choosing === index ? (
              <PictureSearch
                line={line}
                onChoose={(chosen) => {
                  change(index, chosen);
                  setChoosing(null);
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <Button onClick={() => onChange([...lines, { text: '', picture: null, pictureAlt: '' }])}>
        Add a sentence
      </Button>
    </div>
  );
}
