// Where the server's files are, wherever its code runs from: the sources (server/src, through
// tsx) or the built server (server/dist, a bundle whose shared code sits in server/dist/chunks).
// A module that finds a file by its location asks here rather than doing arithmetic on its own
// import.meta.url: in the bundle, a module's code is not in a file of its own.
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** server/src or server/dist: the nearest folder at or above `from` whose parent is `server`. */
export function codeRootAbove(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    if (basename(dirname(dir)) === 'server') return dir;
  }
  throw new Error(`no server/src or server/dist at or above ${from}`);
}

/** The folder the server's code runs from: server/src or server/dist. */
export const codeRoot = codeRootAbove(import.meta.dirname);
/** The repository: client/dist and the default data folder are found from here. */
export const repoRoot = dirname(dirname(codeRoot));
/** The export threads' entry: the sources' registers tsx, the built one is a bundle entry. */
export const renderWorkerFile = join(codeRoot, 'export/render-worker.mjs');
/** Loads or finds a package's file (fonts, OpenMoji) as the server package resolves it. */
export const requireFromServer = createRequire(join(dirname(codeRoot), 'package.json'));
