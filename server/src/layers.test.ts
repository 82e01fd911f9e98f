// The layers hold: `npm run lint` refuses an import that runs the wrong way (the rule and the
// layer order are in eslint.config.js), every server module has its place in that order, and no
// two modules of server/src or shared/ import each other, however roundabout.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LIBRARIES_LEFT_UNTIL_NEEDED } from './testing/libraries-left-until-needed.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function lintImport(filePath: string, code: string): Promise<string[]> {
  // Only the import rule, and without type information: the snippet is not a file on disk.
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the import rule', () => {
  it.each([
    ['server/src/services/x.ts', "import { DocumentRooms } from '../collab/rooms.js';", 'collab'],
    ['server/src/services/x.ts', "import { authOf } from '../http/auth.ts';", 'http'],
    ['server/src/collab/x.ts', "import { authOf } from '../http/auth.ts';", 'http'],
    ['server/src/realtime/x.ts', "import { isAllowedOrigin } from '../http/origin.ts';", 'http'],
    [
      'server/src/bus/x.ts',
      "import type { AccessEvents } from '../services/access-events.ts';",
      'services',
    ],
    [
      'server/src/storage/sqlite/x.ts',
      "import { mergeIntoSnapshot } from '../../collab/rooms.ts';",
      'collab',
    ],
    [
      'server/src/documents/x.ts',
      "import type { UpdateLog } from '../storage/ports.ts';",
      'storage',
    ],
    ['server/src/export/x.ts', "import { createServer } from '../app.ts';", 'app.ts'],
    [
      'server/src/services/x.ts',
      "import { startTestServer } from '../testing/harness.ts';",
      'testing',
    ],
  ])('refuses %s importing %s', async (filePath, code, target) => {
    const messages = await lintImport(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`may not import ${target}`);
  });

  it('refuses shared/ importing the server', async () => {
    const messages = await lintImport(
      'shared/domain/x.ts',
      "import { can } from '../../server/src/app.ts';",
    );
    expect(messages).toEqual([expect.stringContaining('shared/ is below everything')]);
  });

  it.each([
    ['server/src/services/x.ts', "import type { UpdateLog } from '../storage/ports.js';"],
    ['server/src/services/x.ts', "import { mergeIntoSnapshot } from '../documents/snapshot.ts';"],
    [
      'server/src/collab/x.ts',
      "import type { LiveDocuments } from '../services/live-documents.ts';",
    ],
    ['server/src/collab/x.ts', "import { credentialsOf } from '../edge/credentials.ts';"],
    ['server/src/storage/x.ts', "import { initialDocumentState } from '../documents/snapshot.ts';"],
    ['server/src/app.ts', "import { DocumentRooms } from './collab/rooms.ts';"],
    ['server/src/collab/x.test.ts', "import { createServer } from '../app.ts';"],
  ])('lets %s import %s', async (filePath, code) => {
    expect(await lintImport(filePath, code)).toEqual([]);
  });
});

describe('the layer order', () => {
  it('places every module of server/src', async () => {
    const config = (await import(pathToFileURL(join(root, 'eslint.config.js')).href)) as {
      serverLayers: Array<{ modules: string[] }>;
    };
    const placed = new Set(config.serverLayers.flatMap((layer) => layer.modules));
    const modules = readdirSync(join(root, 'server/src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || /(?<!\.test)\.ts$/.test(entry.name))
      .map((entry) => entry.name)
      .filter((name) => name !== 'testing');
    expect(modules.filter((name) => !placed.has(name))).toEqual([]);
  });
});

/** Every .ts/.tsx file under a folder, skipping node_modules. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project files a file imports (relative paths, and @roundtable/shared/...). */
function importsOf(file: string, known: Set<string>): string[] {
  const targets: string[] = [];
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? '';
    let target: string;
    if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
    else if (specifier.startsWith('@roundtable/shared/'))
      target = join(root, 'shared', specifier.slice('@roundtable/shared/'.length));
    else continue;
    const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, `${target}.tsx`];
    const found = candidates.find((candidate) => known.has(candidate));
    if (found) targets.push(found);
  }
  return targets;
}

/** Groups of files that import each other (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) found.push(group);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph).map((group) => group.sort())).toEqual([['a', 'b', 'c']]);
  });

  it('has none among the modules of server/src and shared/', () => {
    const files = [...sourceFiles(join(root, 'server/src')), ...sourceFiles(join(root, 'shared'))];
    const known = new Set(files);
    const graph = new Map(files.map((file) => [file, importsOf(file, known)]));
    const found = cycles(graph).map((group) => group.map((file) => relative(root, file)).sort());
    expect(found).toEqual([]);
  });
});

/** Statically imported modules only: `import type` and `import()` load nothing at start. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** What the server loads before it answers its first request: its own files and packages. */
function loadedAtStart(entry: string): { files: Set<string>; packages: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!;
      let target: string;
      if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
      else if (specifier.startsWith('@roundtable/shared/'))
        target = join(root, 'shared', specifier.slice('@roundtable/shared/'.length));
      else {
        if (!specifier.startsWith('node:')) {
          const parts = specifier.split('/');
          packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
        }
        continue;
      }
      const candidates = [target, `${target}.ts`, join(target, 'index.ts')];
      const found = candidates.find((candidate) => /\.tsx?$/.test(candidate) && exists(candidate));
      if (found) visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}

const exists = (path: string): boolean => {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
};

describe('what the server loads at start', () => {
  it('sets how the young generation grows before it loads any of the server (main.ts)', () => {
    // main.ts loads serve.ts by import() after setting the flag; a static import of the server
    // from main.ts would be loaded, and grow the young generation, before the flag is set.
    const { files, packages } = loadedAtStart(join(root, 'server/src/main.ts'));
    expect([...files].map((file) => relative(root, file))).toEqual(['server/src/main.ts']);
    expect([...packages]).toEqual([]);
    expect(readFileSync(join(root, 'server/src/main.ts'), 'utf8')).toContain(
      "await import('./serve.ts')",
    );
  });

  it('leaves the libraries only some requests or settings need until they are needed', () => {
    const loaded = loadedAtStart(join(root, 'server/src/serve.ts')).packages;
    // The walk works: what every request needs is there.
    expect(loaded).toContain('yjs');
    expect(loaded).toContain('kysely');
    expect(LIBRARIES_LEFT_UNTIL_NEEDED.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('makes no Intl formatter or collator as a module loads', () => {
    // Making one loads ICU's locale, calendar and time-zone data: an Intl.DateTimeFormat made at
    // import cost the idle server about 5 MB. Make it at first use (`formatter ??= new ...`).
    const { files } = loadedAtStart(join(root, 'server/src/serve.ts'));
    const atImport = /^(?:export\s+)?(?:const|let|var)\s+[^=]+=\s*new Intl\./m;
    const found = [...files].filter((file) => atImport.test(readFileSync(file, 'utf8')));
    expect(found.map((file) => relative(root, file))).toEqual([]);
  });
});
