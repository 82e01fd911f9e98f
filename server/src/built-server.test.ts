// The built server (scripts/build.mjs: an esbuild bundle in server/dist) as production runs it.
// Its exports run in worker threads started from server/dist/export/render-worker.mjs, a bundle
// entry made from the sources' entry. Tests run the sources, so only these see a bundle whose
// worker lacks a task (a missing task once failed every large draft's content in production), or
// whose code cannot find its files (the web client, fonts, pictures) from where the bundle put it.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARIES_LEFT_UNTIL_NEEDED } from './testing/libraries-left-until-needed.ts';
import { bundledWorkerEntry } from '../../scripts/worker-entry.mjs';
import { EASY_READ_DOCUMENT } from './export/easy-read-fixtures.ts';
import type { ExportPool } from './export/export-pool.ts';
import { storedState } from './export/fixtures.ts';
import type { ExportFormat } from './export/formats.ts';
import { repoRoot } from './paths.ts';
import { testExportPool } from './testing/export-pools.ts';
import { freePort, startServerProcess, type ServerProcess } from './testing/process.ts';

const sourceEntry = readFileSync(join(import.meta.dirname, 'export/render-worker.mjs'), 'utf8');
const builtEntry = join(repoRoot, 'server/dist/export/render-worker.mjs');

/** The names a worker entry's text exports (Piscina finds a task by its name). */
const exportsOf = (text: string): string[] =>
  [...text.matchAll(/^export (?:default (\w+)|\{([^}]*)\})/gm)]
    .flatMap((match) => (match[1] ? ['default'] : match[2]!.split(',')))
    .map((name) => name.trim())
    .filter(Boolean)
    .sort();

it('the bundled entry is the sources’ one without tsx', () => {
  const entry = bundledWorkerEntry(sourceEntry);
  expect(exportsOf(sourceEntry).length).toBeGreaterThan(3);
  expect(exportsOf(entry)).toEqual(exportsOf(sourceEntry));
  expect(entry).not.toMatch(/^import .*tsx/m);
  expect(entry).not.toMatch(/register\(\)/);
});

describe('the built server', () => {
  let pool: ExportPool;
  beforeAll(() => {
    // Builds server/dist if a source changed since it was built (quick when it is up to date).
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    pool = testExportPool({ timeoutMs: 20_000, worker: pathToFileURL(builtEntry) });
  }, 240_000);
  afterAll(() => pool?.close());

  it('starts, serves the web client, and exports in its worker threads', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-built-'));
    const server = await startServerProcess({ port: await freePort(), dataDir, entry: 'compiled' });
    try {
      const page = await fetch(`${server.origin}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script type="module"');
      // The first administrator, through the setup link the server prints.
      const setup = await fetch(`${server.origin}/api${await server.setupPath()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ada' }),
      });
      expect(setup.status).toBe(200);
      const cookie = setup.headers.getSetCookie().map((value) => value.split(';')[0]!);
      const api = (path: string, body?: object) =>
        fetch(`${server.origin}${path}`, {
          method: body ? 'POST' : 'GET',
          headers: { 'content-type': 'application/json', cookie: cookie.join('; ') },
          body: body ? JSON.stringify(body) : null,
        });
      const workspace = (await (await api('/api/workspaces', { name: 'W' })).json()) as {
        id: string;
      };
      const document = (await (
        await api('/api/documents', { workspaceId: workspace.id, title: 'Plan' })
      ).json()) as { id: string };
      const exported = await api(`/api/documents/${document.id}/export?format=pdf&easyRead=1`);
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toBe('application/pdf');
      expect(Number(exported.headers.get('roundtable-page-count'))).toBeGreaterThan(0);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  /** Starts the built server and waits for it to end: killed if it has not in `timeout` ms. */
  const start = (env: Record<string, string>, timeout = 30_000) =>
    spawnSync(process.execPath, [join(repoRoot, 'server/dist/main.js')], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout,
      killSignal: 'SIGKILL',
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    });

  it('says plainly why it cannot start, without a stack trace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roundtable-built-'));
    const busy = createServer();
    try {
      // DATA_DIR is a file, not a folder.
      const file = join(folder, 'not-a-folder');
      writeFileSync(file, 'x');
      const notFolder = start({ PORT: String(await freePort()), DATA_DIR: file });
      expect(notFolder.status).toBe(1);
      expect(notFolder.stderr).toContain(
        `Roundtable could not open its data folder ${JSON.stringify(file)}`,
      );
      expect(notFolder.stderr).toContain('DATA_DIR must be a folder');
      expect(notFolder.stderr).not.toMatch(/^\s+at /m);

      // The port is taken.
      const port = await freePort();
      await new Promise<void>((resolve) => busy.listen(port, '127.0.0.1', resolve));
      const taken = start({ PORT: String(port), DATA_DIR: join(folder, 'data') });
      expect(taken.status).toBe(1);
      expect(taken.stderr).toContain(`Roundtable could not listen on 127.0.0.1:${port}`);
      expect(taken.stderr).toContain('EADDRINUSE');
      expect(taken.stderr).not.toMatch(/^\s+at /m);
    } finally {
      busy.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('says why it cannot start with DATA_DIR under /proc, in a line, rather than hanging', async () => {
    // Node 20's mkdir with `recursive` never returns for a path under /proc.
    const dataDir = `/proc/roundtable-${randomUUID()}`;
    const started = performance.now();
    const failed = start({ PORT: String(await freePort()), DATA_DIR: dataDir }, 10_000);
    expect(failed.error, 'still running after 10 s: killed').toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^Roundtable could not open its data folder "${dataDir}": .*ENOENT`),
      ),
    ]);
  }, 20_000);

  it('says in a line, without its password, that it cannot reach Redis', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-redis-'));
    try {
      const redisUrl = `redis://:S3CRET@127.0.0.1:${await freePort()}`;
      const env = { PORT: String(await freePort()), DATA_DIR: dataDir, REDIS_URL: redisUrl };
      const failed = start(env, 20_000);
      expect(failed.error, 'still running after 20 s: killed').toBeUndefined();
      expect(failed.status).toBe(1);
      expect(failed.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^Roundtable could not connect to Redis \(REDIS_URL\): /),
      ]);
      expect(failed.stderr + failed.stdout).not.toContain('S3CRET');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('says what is wrong with its settings in one line, even of a DATA_DIR with a line break', async () => {
    const dataDir = join(tmpdir(), `roundtable-${randomUUID()}\nsecond line`);
    const refused = start({ PORT: 'eighty', DATA_DIR: dataDir }, 10_000);
    expect(refused.error, 'still running after 10 s: killed').toBeUndefined();
    expect(refused.status).toBe(2);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid settings: PORT="eighty": [^;]+; DATA_DIR=/);
    expect(lines[0]).toContain(
      `DATA_DIR=${JSON.stringify(dataDir)}: must not contain a line break or other control character`,
    );
  }, 20_000);

  it('refuses to start, in a line, when the erasure log is a folder or a named pipe', async () => {
    // Erasures are logged before they are done: a log that cannot be written would refuse them.
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-built-'));
    const log = join(dataDir, 'erasure-log.jsonl');
    try {
      mkdirSync(log);
      const folder = start({ PORT: String(await freePort()), DATA_DIR: dataDir }, 10_000);
      expect(folder.error, 'still running after 10 s: killed').toBeUndefined();
      expect(folder.status).toBe(1);
      expect(folder.stderr.trim().split('\n')).toEqual([
        `Roundtable cannot keep its erasure log: ${JSON.stringify(log)} is a folder, not a file. ` +
          'It must be a file this user may write, or not there yet.',
      ]);

      rmSync(log, { recursive: true });
      execFileSync('mkfifo', [log]);
      const pipe = start({ PORT: String(await freePort()), DATA_DIR: dataDir }, 10_000);
      expect(pipe.error, 'still running after 10 s: killed').toBeUndefined();
      expect(pipe.status).toBe(1);
      expect(pipe.stderr.trim().split('\n')).toEqual([
        expect.stringContaining(`${JSON.stringify(log)} is a named pipe, not a file`),
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('refuses a second server on the same DATA_DIR, in a line, and a killed one blocks nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-built-'));
    let first: ServerProcess | undefined;
    let third: ServerProcess | undefined;
    try {
      first = await startServerProcess({ port: await freePort(), dataDir, entry: 'compiled' });
      const second = start({ PORT: String(await freePort()), DATA_DIR: dataDir }, 10_000);
      expect(second.error, 'still running after 10 s: killed').toBeUndefined();
      expect(second.status).toBe(1);
      expect(second.stderr.trim().split('\n')).toEqual([
        `Another Roundtable server (pid ${first.pid}) is using DATA_DIR ${JSON.stringify(dataDir)}. ` +
          'Stop it first, or give this server another DATA_DIR (several servers on one ' +
          'installation need DATABASE_URL and REDIS_URL).',
      ]);
      // The first one still serves, and the admin CLI still runs beside it (a backup).
      expect((await fetch(`${first.origin}/readyz`)).status).toBe(200);
      const backup = spawnSync(
        process.execPath,
        ['server/dist/admin/cli.js', 'backup', '--to', join(dataDir, 'copy.sqlite')],
        {
          cwd: repoRoot,
          env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
          encoding: 'utf8',
          timeout: 10_000,
        },
      );
      expect(backup.status, backup.stderr).toBe(0);

      // Killed with no chance to clean up: the operating system drops its lock.
      process.kill(first.pid, 'SIGKILL');
      await first.exited;
      third = await startServerProcess({ port: await freePort(), dataDir, entry: 'compiled' });
      expect((await fetch(`${third.origin}/readyz`)).status).toBe(200);
    } finally {
      await first?.stop();
      await third?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs the admin CLI on a data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-built-'));
    const admin = (...args: string[]) => {
      const { DATABASE_URL: _database, REDIS_URL: _redis, ...inherited } = process.env;
      return spawnSync(process.execPath, ['server/dist/admin/cli.js', ...args], {
        cwd: repoRoot,
        env: { ...inherited, DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 10_000,
        killSignal: 'SIGKILL',
      });
    };
    try {
      const created = admin(
        'create-user',
        '--email',
        'ada@example.org',
        '--name',
        'Ada',
        '--admin',
      );
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/http:\/\/localhost:\d+\/\S+/);
      const backup = admin('backup', '--to', join(dataDir, 'copy.sqlite'));
      expect(backup.status, backup.stderr).toBe(0);
      // A folder that cannot be made is said in a line, at once (it once hung, as under /proc).
      const nowhere = `/proc/roundtable-${randomUUID()}`;
      const refused = admin('backup', '--to', join(nowhere, 'copy.sqlite'));
      expect(refused.error, 'still running after 10 s: killed').toBeUndefined();
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([
        `ENOENT: no such file or directory, mkdir '${nowhere}'`,
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('leaves the libraries only some requests or settings need in chunks loaded when needed', () => {
    // As layers.test.ts checks in the sources: the bundle must not join them to main's start.
    const bundle = JSON.parse(readFileSync(join(repoRoot, 'server/dist/bundle.json'), 'utf8')) as {
      [file: string]: {
        imports: { kind: string; path: string; external: boolean }[];
        packages: string[];
      };
    };
    const loaded = new Set<string>();
    const files = new Set<string>();
    const visit = (file: string): void => {
      if (files.has(file)) return;
      files.add(file);
      for (const name of bundle[file]!.packages) loaded.add(name);
      for (const { kind, path, external } of bundle[file]!.imports) {
        if (kind !== 'import-statement') continue;
        if (external)
          loaded.add(
            path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!,
          );
        else visit(path);
      }
    };
    // main.js sets a V8 flag, then loads the server with import() (main.ts): follow that one.
    visit('main.js');
    const serve = bundle['main.js']!.imports.find(({ kind }) => kind === 'dynamic-import');
    visit(serve!.path);
    expect(loaded).toContain('yjs'); // the walk works
    expect(loaded).toContain('better-sqlite3'); // and sees external packages
    expect(LIBRARIES_LEFT_UNTIL_NEEDED.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('offers every task of the sources’ worker entry, loaded as production loads it', () => {
    const listed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(pathToFileURL(builtEntry).href)}); console.log(JSON.stringify(Object.keys(m)));`,
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(listed.status, listed.stderr).toBe(0);
    const names = JSON.parse(listed.stdout) as string[];
    expect(names.sort()).toEqual(exportsOf(sourceEntry));
  });

  const state = storedState(EASY_READ_DOCUMENT);
  const render = async (format: ExportFormat, easyRead: boolean) =>
    pool.render({ format, state, options: { title: 'About this plan', easyRead } }, { owner: 'a' });

  it('renders a PDF in its own fonts, falling back to Noto for what they lack', async () => {
    const { body, pages } = await render('pdf', true);
    const text = body.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(text).toContain('AtkinsonHyperlegibleNext-Regular');
    expect(text).toContain('NotoEmoji'); // the 👋
    expect(pages?.count).toBeGreaterThan(0);
  }, 30_000);

  it('puts OpenMoji pictures and the font into the web page', async () => {
    const html = (await render('html', true)).body.toString('utf8');
    expect(html).toMatch(/@font-face \{[^}]*src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/);
    expect(html).toMatch(/<img src="data:image\/[^"]+" alt="A house">/);
  }, 30_000);

  it('puts the pictures into a Word document', async () => {
    const { body } = await render('docx', true);
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(body.toString('latin1')).toMatch(/word\/media\/[^\s]+\.png/);
  }, 30_000);

  it('does the work on a large document (document-work.ts) in the thread', async () => {
    const blocks = await pool.documentWork<unknown[]>('blocksOfStateTask', { state }, 1);
    expect(JSON.stringify(blocks)).toContain('better homes');
  }, 30_000);
});
