// For facilitators, while a consultation is open: ask people whether they agree with a
// paragraph. They answer agree, disagree or not sure, with a reason if they like.
import { useState } from 'react';
import { PROMPT_MAX } from '@roundtable/shared/protocol/consultation-questions';
import type { ConsultationBlock } from '@roundtable/shared/protocol/consultations';
import { Button, SelectField, TextField, useSubmit } from '../../ui/index.ts';
import { askQuestion } from './api.ts';
import { paragraphNumbers } from './words.ts';

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
  const [prompt, setPrompt] = useState('Do you agree with this paragraph?');
  const submit = useSubmit();
  const ask = async () => {
    submit.setError(null);
    const result = await askQuestion(consultationId, { paragraph: Number(paragraph), prompt });
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
      <h2 id="ask-heading">Ask whether people agree</h2>
      <p>People answer “I agree”, “I disagree” or “I am not sure”, and can say why.</p>
      <SelectField<string>
        label="Paragraph"
        value={paragraph}
        options={numbers.map(([index, number]) => ({
          value: String(index),
          label: `Paragraph ${number}: ${(blocks[index]?.text ?? '').slice(0, 60)}`,
        }))}
        onChange={setParagraph}
      />
      <TextField
        label="Question"
        value={prompt}
        maxLength={PROMPT_MAX}
        onChange={(event) => setPrompt(event.target.value)}
      />
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
