// What a consultation's state and a comment's outcome are called, in plain words.
import type { CommentOutcome, ConsultationBlock } from '@roundtable/shared/protocol/consultations';
import { dayAndTimeWords } from '../../ui/index.ts';

export const outcomeWords: Record<CommentOutcome, string> = {
  changed: 'Changed the draft',
  covered: 'Already covered',
  'not-taken': 'Not taken forward',
};

export function statusWords(consultation: {
  status: 'open' | 'closed';
  closesAt: string;
  closedAt?: string | null;
}): string {
  if (consultation.status === 'open')
    return `Open for comments until ${dayAndTimeWords(consultation.closesAt)}.`;
  const closed = consultation.closedAt ?? consultation.closesAt;
  return `Closed on ${dayAndTimeWords(closed)}. It does not take comments any more.`;
}

/** "Paragraph 3": paragraphs are counted from 1, headings left out. */
export function paragraphNumbers(blocks: readonly ConsultationBlock[]): Map<number, number> {
  const numbers = new Map<number, number>();
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') numbers.set(index, numbers.size + 1);
  });
  return numbers;
}
