// REST for suggestions: accept or reject one, and list the decisions made on a document.
import { Router } from 'express';
import { z } from 'zod';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import { Id } from '@roundtable/shared/protocol/ids';
import {
  DecideSuggestionBody,
  DocumentReview,
  ReviewBody,
  SuggestionDecision,
} from '@roundtable/shared/protocol/suggestions';
import type { SuggestionService } from '../services/suggestions.ts';
import type { RouteRegistry } from './route.ts';

const ById = z.object({ id: Id });
const BySuggestion = z.object({ id: Id, suggestionId: Id });

export function suggestionRoutes(registry: RouteRegistry, suggestions: SuggestionService): Router {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/suggestion-decisions',
      tag: 'suggestions',
      summary: 'Suggestions accepted or rejected in a document, newest first, with how',
      params: ById,
      responses: { 200: { description: 'Decisions', schema: z.array(SuggestionDecision) } },
    },
    async ({ auth, params }) => ({ status: 200, body: await suggestions.list(auth, params.id) }),
  );
  registry.add(
    router,
    {
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
    },
    async ({ auth, params, body }) => ({
      status: 201,
      body: await suggestions.decide(auth, params.id, params.suggestionId, body.outcome),
    }),
  );
  registry.add(
    router,
    {
      method: 'get',
      path: '/api/documents/:id/review',
      tag: 'suggestions',
      summary: 'Whether a draft is in review, and whether it then takes only suggestions',
      params: ById,
      responses: { 200: { description: 'The review state', schema: DocumentReview } },
    },
    async ({ auth, params }) => ({ status: 200, body: await suggestions.review(auth, params.id) }),
  );
  registry.add(
    router,
    {
      method: 'put',
      path: '/api/documents/:id/review',
      tag: 'suggestions',
      summary: 'Mark a draft in review, or end the review (facilitators)',
      params: ById,
      body: ReviewBody,
      responses: { 200: { description: 'The review state', schema: DocumentReview } },
    },
    async ({ auth, params, body }) => ({
      status: 200,
      body: await suggestions.setReview(auth, params.id, body.inReview),
    }),
  );
  return router;
}
