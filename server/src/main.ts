// The server's entry. It loads the server's code (serve.ts) with V8's young generation kept at
// its smallest. Loading code allocates a great deal that lives on, and V8 doubles the young
// generation each time much of it survives a collection: loading would grow it to 32 MiB, which
// V8 gives back only after 15–30 s of idleness. Growing it by a factor of 1 means not at all;
// once loaded, it may grow again as V8 sees fit. This module imports nothing else of the server,
// so that the flag is set before any of it is loaded.
import v8 from 'node:v8';

/** V8's own factor, as Node 20 ships it (`node --v8-options`). */
const DEFAULT_SEMI_SPACE_GROWTH = 2;

v8.setFlagsFromString('--semi-space-growth-factor=1');
const { serve } = await import('./serve.ts');
await serve({
  started: () => v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH}`),
});
