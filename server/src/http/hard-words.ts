// REST for a workspace's hard words: the list, adding one, changing one, removing one.
import { Router } from 'express';
import * as routes from '@roundtable/shared/protocol/routes';
import type { HardWordService } from '../services/hard-words.ts';
import type { RouteRegistry } from './route.ts';

export function hardWordRoutes(registry: RouteRegistry, hardWords: HardWordService): Router {
  const router = Router();
  registry.add(router, routes.listHardWords, async ({ auth, params }) => ({
    status: 200,
    body: await hardWords.list(auth, params.id),
  }));
  registry.add(router, routes.addHardWord, async ({ auth, params, body }) => ({
    status: 201,
    body: await hardWords.add(auth, params.id, body),
  }));
  registry.add(router, routes.changeHardWord, async ({ auth, params, body }) => ({
    status: 200,
    body: await hardWords.change(auth, params.id, params.wordId, body),
  }));
  registry.add(router, routes.removeHardWord, async ({ auth, params }) => {
    await hardWords.remove(auth, params.id, params.wordId);
    return { status: 204 };
  });
  return router;
}
