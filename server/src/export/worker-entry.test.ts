// The compiled server's export worker entry is made from the sources' one (scripts/build.mjs):
// it must offer the same tasks (a task missing there failed every large draft's work in
// production, while tests, which run the sources, passed) and load only compiled modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { compiledWorkerEntry } from '../../../scripts/worker-entry.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(join(here, 'render-worker.mjs'), 'utf8');
const compiled = compiledWorkerEntry(source);

/** The names a worker entry exports (Piscina finds a task by its name). */
const exportsOf = (text: string): string[] =>
  [...text.matchAll(/^export (?:default (\w+)|\{([^}]*)\})/gm)]
    .flatMap((match) => (match[1] ? ['default'] : match[2]!.split(',')))
    .map((name) => name.trim())
    .filter(Boolean)
    .sort();

it('offers every task the sources offer', () => {
  expect(exportsOf(source).length).toBeGreaterThan(3);
  expect(exportsOf(compiled)).toEqual(exportsOf(source));
});

it('loads compiled modules only, without tsx', () => {
  expect(compiled).not.toMatch(/^import .*tsx/m);
  expect(compiled).not.toMatch(/register\(\)/);
  const imported = [...compiled.matchAll(/import\('(\.[^']*)'\)/g)].map((match) => match[1]!);
  expect(imported.length).toBeGreaterThan(0);
  for (const path of imported) {
    expect(path).toMatch(/\.js$/);
    expect(existsSync(join(here, path.replace(/\.js$/, '.ts'))), path).toBe(true);
  }
});
