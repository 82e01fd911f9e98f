// For facilitators, while a consultation is open: ask a question about a paragraph. People
// answer whether they agree, choose one of a few answers, or give a number from 1 to 5; and can
// say why.
import { useState } from 'react';
import { PROMPT_MAX, type QuestionKind } from '@roundtable/shared/protocol/consultation-questions';
import type { ConsultationBlock } from '@roundtable/shared/protocol/consultations';
import { Button, SelectField, TextField, useSubmit } from '../../ui/index.ts';
import { askQuestion } from './api.ts';
import { TextAreaField } from './TextAreaField.tsx';
import { paragraphNumbers } from './words.ts';

const kinds: { value: QuestionKind; label: string }[] = [
  { value: 'agree', label: 'Agree, disagree or not sure' },
  { value: 'choice', label: 'Choose one of a few answers' },
  { value: 'scale', label: 'A number from 1 to 5' },
];

const defaultPrompt: Record<QuestionKind, string> = {
  agree: 'Do you agree with this paragraph?',
  choice: 'Which of these matters most to you?',
  scale: 'How much would this help you?',
};

export function AskQuestionForm({
  consultationId,
  blocks,
  onAsked,
}: {
  consultationId: string;
  blocks: ConsultationBlock[];
  onAsked: (message: string) => void;
}) {
  const numbers = [...paragraphNumbers(blocks).entries()];
  const [paragraph, setParagraph] = useState(String(numbers[0]?.[0] ?? 0));
  const [kind, setKind] = useState<QuestionKind>('agree');
  const [prompt, setPrompt] = useState(defaultPrompt.agree);
  const [options, setOptions] = useState('');
  const [low, setLow] = useState('not at all');
  const [high, setHigh] = useState('a lot');
  const submit = useSubmit();
  const ask = async () => {
    submit.setError(null);
    const at = { paragraph: Number(paragraph), prompt };
    const body =
      kind === 'choice'
        ? { ...at, kind, options: options.split('\n').filter((line) => line.trim()) }
        : kind === 'scale'
          ? { ...at, kind, low, high }
          : { ...at, kind };
    const result = await askQuestion(consultationId, body);
    if (result.ok) onAsked('The question now shows under its paragraph on the public page.');
    else submit.setError(result.problem.message);
  };
  return (
    <form
      className="rt-card"
      aria-labelledby="ask-heading"
      onSubmit={submit.onSubmit(ask)}
      noValidate
    >
      <h2 id="ask-heading">Ask a question about a paragraph</h2>
      <SelectField<string>
        label="Paragraph"
        value={paragraph}
        options={numbers.map(([index, number]) => ({
          value: String(index),
          label: `Paragraph ${number}: ${(blocks[index]?.text ?? '').slice(0, 60)}`,
        }))}
        onChange={setParagraph}
      />
      <SelectField<QuestionKind>
        label="How people answer"
        value={kind}
        options={kinds}
        onChange={(next) => {
          if (prompt === defaultPrompt[kind]) setPrompt(defaultPrompt[next]);
          setKind(next);
        }}
      />
      <TextField
        label="Question"
        value={prompt}
        maxLength={PROMPT_MAX}
        onChange={(event) => setPrompt(event.target.value)}
      />
      {kind === 'choice' ? (
        <TextAreaField
          label="The answers to choose from"
          hint="One on each line, from 2 to 6."
          value={options}
          onChange={(event) => setOptions(event.target.value)}
        />
      ) : null}
      {kind === 'scale' ? (
        <>
          <TextField
            label="What 1 means"
            value={low}
            onChange={(event) => setLow(event.target.value)}
          />
          <TextField
            label="What 5 means"
            value={high}
            onChange={(event) => setHigh(event.target.value)}
          />
        </>
      ) : null}
      <p className="rt-muted">People can also say why they answered as they did.</p>
      {submit.error ? (
        <p className="rt-form-error" role="alert">
          {submit.error}
        </p>
      ) : null}
      <Button type="submit" disabled={submit.busy}>
        Ask the question
      </Button>
    </form>
  );
}
