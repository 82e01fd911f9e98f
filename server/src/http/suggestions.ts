// REST for suggestions: accept or reject one, and list the decisions made on a document.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { SuggestionService } from '../services/suggestions.ts';
import type { RouteRegistry } from './route.ts';

export function suggestionRoutes(registry: RouteRegistry, suggestions: SuggestionService): Router {
  const router = Router();
  registry.add(router, routes.listDecisions, async ({ auth, params }) => ({
    status: 200,
    body: await suggestions.list(auth, params.id),
  }));
  registry.add(router, routes.decideSuggestion, async ({ auth, params, body }) => ({
    status: 201,
    body: await suggestions.decide(auth, params.id, params.suggestionId, body.outcome),
  }));
  registry.add(router, routes.getReview, async ({ auth, params }) => ({
    status: 200,
    body: await suggestions.review(auth, params.id),
  }));
  registry.add(router, routes.setReview, async ({ auth, params, body }) => ({
    status: 200,
    body: await suggestions.setReview(auth, params.id, body.inReview),
  }));
  return router;
}
