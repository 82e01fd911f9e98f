// Routes for suggestions: accept or reject one, and list the decisions made on a document.
import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import { Id } from '../ids.ts';
import {
  DecideSuggestionBody,
  DocumentReview,
  ReviewBody,
  SuggestionDecision,
} from '../suggestions.ts';
import { ById, route } from './spec.ts';

const BySuggestion = z.object({ id: Id, suggestionId: Id });

export const listDecisions = route({
  method: 'get',
  path: '/api/documents/:id/suggestion-decisions',
  tag: 'suggestions',
  summary: 'Suggestions accepted or rejected in a document, newest first, with how',
  params: ById,
  responses: { 200: { description: 'Decisions', schema: z.array(SuggestionDecision) } },
});

export const decideSuggestion = route({
  method: 'post',
  path: '/api/documents/:id/suggestions/:suggestionId/decision',
  tag: 'suggestions',
  summary: 'Accept or reject a suggestion: the document changes for everyone at once',
  params: BySuggestion,
  body: DecideSuggestionBody,
  responses: {
    201: { description: 'Decided and recorded', schema: SuggestionDecision },
    409: { description: 'Already decided, or no longer there', schema: ErrorBody },
  },
});

export const getReview = route({
  method: 'get',
  path: '/api/documents/:id/review',
  tag: 'suggestions',
  summary: 'Whether a draft is in review, and whether it then takes only suggestions',
  params: ById,
  responses: { 200: { description: 'The review state', schema: DocumentReview } },
});

export const setReview = route({
  method: 'put',
  path: '/api/documents/:id/review',
  tag: 'suggestions',
  summary: 'Mark a draft in review, or end the review (facilitators)',
  params: ById,
  body: ReviewBody,
  responses: { 200: { description: 'The review state', schema: DocumentReview } },
});
