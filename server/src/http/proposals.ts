// REST for agreeing a version between meetings: propose a version with a closing date, list a
// document's proposals, read one, respond (or change a response), withdraw.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { ProposalService } from '../services/proposals.ts';
import type { RouteRegistry } from './route.ts';

export function proposalRoutes(registry: RouteRegistry, proposals: ProposalService): Router {
  const router = Router();
  registry.add(router, routes.proposeVersion, async ({ auth, params, body }) => ({
    status: 201,
    body: await proposals.propose(auth, params.id, body.closesAt),
  }));
  registry.add(router, routes.listProposals, async ({ auth, params }) => ({
    status: 200,
    body: await proposals.list(auth, params.id),
  }));
  registry.add(router, routes.getProposal, async ({ auth, params }) => ({
    status: 200,
    body: await proposals.get(auth, params.id),
  }));
  registry.add(router, routes.respondToProposal, async ({ auth, params, body }) => ({
    status: 200,
    body: await proposals.respond(auth, params.id, body),
  }));
  registry.add(router, routes.withdrawProposal, async ({ auth, params }) => ({
    status: 200,
    body: await proposals.withdraw(auth, params.id),
  }));
  return router;
}
