// Builds what is missing or stale: the browser client (client/dist, by Vite) and the production
// server (server/dist: type-checked by tsc, bundled by esbuild, see scripts/bundle-server.mjs). Each output keeps a
// hash of the files it was built from (.build-hash); an output whose hash still matches is left
// alone. Says what it builds and why, on stderr (stdout stays the admin CLI's).
//
//   node scripts/build.mjs [client] [server] [--force] [--prepare]
//
// No target names both. --force builds even when up to date. --prepare (npm's `prepare`, run by
// `npm install`) skips quietly when the dev dependencies are not installed (`--omit=dev`).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bundleServer } from './bundle-server.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const prepare = args.includes('--prepare');
const named = args.filter((arg) => !arg.startsWith('--'));
const say = (line) => process.stderr.write(`build: ${line}\n`);

const common = ['shared', 'tsconfig.base.json', 'package-lock.json', 'scripts/build.mjs'];
const serverScripts = ['scripts/bundle-server.mjs', 'scripts/worker-entry.mjs'];
const targets = {
  client: {
    inputs: [
      ...common,
      'client/src',
      'client/public',
      'client/index.html',
      'client/vite.config.ts',
      'client/openmoji-assets.ts',
    ],
    output: 'client/dist',
    check: 'client/dist/index.html',
    build: buildClient,
  },
  server: {
    inputs: [
      ...common,
      ...serverScripts,
      'server/src',
      'server/package.json',
      'server/tsconfig.build.json',
    ],
    output: 'server/dist',
    check: 'server/dist/main.js',
    build: buildServer,
  },
};

for (const name of named) {
  if (!(name in targets)) {
    say(`unknown target ${name} (known: ${Object.keys(targets).join(', ')})`);
    process.exit(2);
  }
}
if (prepare && !existsSync(join(root, 'node_modules/typescript'))) {
  say('skipped: the dev dependencies (TypeScript, Vite) are not installed');
  process.exit(0);
}

const wanted = named.length > 0 ? named : Object.keys(targets);
const stale = [];
for (const name of wanted) {
  const target = targets[name];
  const hash = hashInputs(target.inputs);
  const stampFile = join(root, target.output, '.build-hash');
  const built = existsSync(join(root, target.check)) && existsSync(stampFile);
  const upToDate = built && readFileSync(stampFile, 'utf8') === hash;
  if (upToDate && !force) {
    say(`${name} is up to date (${target.output})`);
    continue;
  }
  say(
    `building ${name} into ${target.output} (${built ? (upToDate ? 'forced' : 'sources changed') : 'not built yet'})`,
  );
  stale.push({ name, target, hash });
}
// The two builds are independent: on a machine with two cores they run side by side.
const results = await Promise.allSettled(
  stale.map(async ({ name, target, hash }) => {
    const started = Date.now();
    await target.build();
    writeFileSync(join(root, target.output, '.build-hash'), hash);
    say(`${name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }),
);
const failed = results.filter((result) => result.status === 'rejected');
for (const failure of failed) say(String(failure.reason?.message ?? failure.reason));
process.exit(failed.length > 0 ? 1 : 0);

/** Every file under the inputs, hashed; tests and test support (testing/ folders) are no part
 * of any output. */
function hashInputs(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of listFiles(join(root, input))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function listFiles(path) {
  if (!existsSync(path)) return [];
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true, recursive: true });
  } catch {
    return [path]; // a file
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('/node_modules/') && !file.includes('/testing/'))
    .sort();
}

function run(command, commandArgs) {
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 2, 2] });
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${commandArgs.join(' ')} failed (${code})`)),
    );
  });
}

function bin(name) {
  return join(root, 'node_modules/.bin', name);
}

/** Vite builds into a fresh folder that then replaces client/dist, so a running server never
 * serves a half-written client. */
async function buildClient() {
  const next = join(root, 'client/dist-next');
  rmSync(next, { recursive: true, force: true });
  await run(bin('vite'), [
    'build',
    '--config',
    'client/vite.config.ts',
    '--outDir',
    next,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  rmSync(join(root, 'client/dist'), { recursive: true, force: true });
  renameSync(next, join(root, 'client/dist'));
}

/** tsc checks the server's types (esbuild only strips them); esbuild bundles it into a fresh
 * folder that then replaces server/dist, so a running server never loads a half-written one. */
async function buildServer() {
  const next = join(root, 'server/dist-next');
  rmSync(next, { recursive: true, force: true });
  await Promise.all([
    run(bin('tsc'), ['-p', 'shared/tsconfig.build.json']),
    run(bin('tsc'), ['-p', 'server/tsconfig.build.json']),
    bundleServer(root, next),
  ]);
  rmSync(join(root, 'server/dist'), { recursive: true, force: true });
  renameSync(next, join(root, 'server/dist'));
}
