// Makes the folders that settings name (DATA_DIR, a backup's destination). Not with mkdir's
// `recursive`: on Node 20 it never returns for a path under /proc (mkdirSync('/proc/nope',
// { recursive: true }) spins at full CPU), so a mistyped DATA_DIR hung the server at start instead
// of saying why. Each folder is made in turn from the top, and the first error is thrown.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** `path` and the folders above it, the top first. */
function foldersDownTo(path: string): string[] {
  const folders: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (dirname(folder) === folder) return folders;
  }
}

/** Makes `path` and any folder above it that is missing; throws, as mkdir does, if one cannot be. */
export function makeFolder(path: string): void {
  for (const folder of foldersDownTo(path)) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // There already, as a folder: go on. A file there is an error, as it is for mkdir -p.
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      if (!exists || !statSync(folder).isDirectory()) throw error;
    }
  }
}
