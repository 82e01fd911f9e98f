// Whether the draft is in review, on the document page. Facilitators mark it in review or end
// the review; when the workspace says so, a draft in review takes changes only as suggestions.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentReview } from '@roundtable/shared/protocol/suggestions';
import { Button, useAnnouncer } from '../../ui/index.ts';
import { queryKeys } from '../../app/query-keys.ts';
import { getReview, setReview } from './api.ts';
import './suggestions.css';

export function ReviewState({ documentId, mayChange }: { documentId: string; mayChange: boolean }) {
  const queryClient = useQueryClient();
  const reviewKey = queryKeys.review(documentId);
  const { data: result } = useQuery({ queryKey: reviewKey, queryFn: () => getReview(documentId) });
  const review = result?.ok ? result.data : null;
  const setState = (next: DocumentReview) =>
    queryClient.setQueryData(reviewKey, { ok: true as const, data: next });
  const [problem, setProblem] = useState<string | null>(null);
  const { announce } = useAnnouncer();

  if (!review || (!review.inReview && !mayChange)) return null;
  const change = async () => {
    const result = await setReview(documentId, !review.inReview);
    if (result.ok) {
      setState(result.data);
      setProblem(null);
      announce(result.data.inReview ? 'The draft is in review.' : 'The review has ended.');
    } else setProblem(result.problem.message);
  };
  return (
    <div className="rt-review-state" data-testid="review-state">
      <p>
        {review.inReview
          ? review.onlySuggestions
            ? 'In review: changes go in as suggestions for the group to accept or reject.'
            : 'In review.'
          : 'This draft is not in review.'}
      </p>
      {mayChange ? (
        <Button onClick={() => void change()}>
          {review.inReview ? 'End the review' : 'Mark as in review'}
        </Button>
      ) : null}
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
