// /p/<slug> in a browser: while the page is on, the client app shows it; otherwise a plain
// 404 page that says nothing about any workspace (the same for an address never used).
import { Router } from 'express';
import { ServiceError } from '../services/errors.ts';
import type { PublicPageService } from '../services/public-pages.ts';

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found</title>
<style>body{font:1.25rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b4f9c}</style>
</head>
<body><main><h1>Page not found</h1>
<p>There is no public page at this address. Please check the address you were given.</p>
<p><a href="/">Go to the start page</a></p></main>
<footer><p><a href="/privacy">Privacy notice</a> · <a href="/accessibility">Accessibility statement</a> · <a href="/cookies">Cookies</a></p></footer>
</body></html>`;

export function publicPageGate(pages: PublicPageService): Router {
  const router = Router();
  router.get('/p/:slug', async (request, response, next) => {
    try {
      await pages.publishedAt(request.params.slug);
      next();
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code !== 'not_found') return next(error);
      response.status(404).type('html').send(NOT_FOUND_PAGE);
    }
  });
  return router;
}
