// The production server as a bundle (esbuild): server/dist/main.js, server/dist/admin/cli.js and
// the export threads' entry server/dist/export/render-worker.mjs, with the code they share and
// the modules they import lazily (pg, ioredis, nodemailer, the renderers …) in server/dist/chunks.
// Node then loads some 60 files at start instead of about 1,600 modules, which saves their
// source text, loader records and the young generation that loading them grew (docs/develop/
// performance.md). Packages that find their own files next to their code (native modules,
// pdfkit's font metrics, Piscina's worker) stay in node_modules and are imported from there.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { bundledWorkerEntry } from './worker-entry.mjs';

export const EXTERNAL = ['better-sqlite3', '@node-rs/argon2', 'sharp', 'pdfkit', 'piscina'];

const WORKER_SOURCE = 'server/src/export/render-worker.mjs';

/** The worker entry without the lines that register tsx (its imports are of the sources). */
const workerEntry = {
  name: 'worker-entry',
  setup(build) {
    build.onLoad({ filter: /[/\\]export[/\\]render-worker\.mjs$/ }, (args) => ({
      contents: bundledWorkerEntry(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** Bundles server/src into `outdir`, with bundle.json beside it: for each file of the bundle, the
 * files and packages it imports at load (`import-statement`) and later (`dynamic-import`), and the
 * packages whose code it holds. built-server.test.ts reads it to check what main.js loads at start. */
export async function bundleServer(root, outdir) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      main: 'server/src/main.ts',
      'admin/cli': 'server/src/admin/cli.ts',
      'export/render-worker': WORKER_SOURCE,
    },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages inside an ES module bundle call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    minify: true,
    // Class and function names stay as written: logs and stack traces name them.
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'error',
    plugins: [workerEntry],
  });
  // Piscina is given the entry by path; the sources' entry has this name, so the built one too.
  const renamed = (path) => path.replace(/render-worker\.js$/, 'render-worker.mjs');
  renameSync(join(outdir, 'export/render-worker.js'), join(outdir, 'export/render-worker.mjs'));
  writeFileSync(
    join(outdir, 'bundle.json'),
    `${JSON.stringify(bundleMap(result.metafile, root, outdir, renamed))}\n`,
  );
}

function bundleMap(metafile, root, outdir, renamed) {
  const files = {};
  for (const [output, { imports, inputs }] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('.js')) continue;
    files[renamed(relative(outdir, join(root, output)))] = {
      imports: imports.map(({ path, kind, external }) => ({
        kind,
        path: external ? path : renamed(relative(outdir, join(root, path))),
        external: Boolean(external),
      })),
      packages: [...new Set(Object.keys(inputs).map(packageOf).filter(Boolean))].sort(),
    };
  }
  return files;
}

/** The package a bundled input file belongs to ('@scope/name' or 'name'), or null for our own. */
function packageOf(input) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(input);
  return match ? match[1] : null;
}
