// Serves the built browser client, with index.html for every page path (the client routes).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

export function clientRoutes(distDir: string): Router {
  const router = Router();
  const index = join(distDir, 'index.html');
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  // A missing file of the picture set is a 404, not the app's page.
  router.get(/^\/(?!api\/|collab\/|openmoji\/).*/, (_request, response) => {
    if (existsSync(index)) {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    } else {
      response
        .status(503)
        .type('text/plain')
        .send('The web client has not been built yet. Run "npm run build", then reload.');
    }
  });
  return router;
}
