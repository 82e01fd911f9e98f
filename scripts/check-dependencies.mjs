// Every package a workspace imports is declared in that workspace's package.json (dependencies
// for what runs, devDependencies for tests and tools): a workspace installs and runs on its own,
// not by luck of what another one brought into the root node_modules. Run by `npm test`, and
// alone with `node scripts/check-dependencies.mjs`; lists each undeclared import with its file.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The root is a package too: its own files (configs, scripts) are checked against its package.json.
const packages = ['.', ...rootPackage.workspaces];
const builtins = new Set(builtinModules);
const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

const problems = [];
for (const dir of packages) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const nested = dir === '.' ? packages.filter((other) => other !== '.') : [];
  for (const file of sourceFiles(
    join(root, dir),
    nested.map((other) => join(root, other)),
  )) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      const name = packageName(specifier);
      // A package of types only (`import type … from 'nlcst'`) is declared as @types/<name>.
      if (name === null || declared.has(name) || declared.has(`@types/${name}`)) continue;
      problems.push(
        `${relative(root, file)}: imports ${name}, not declared in ${join(dir, 'package.json')}`,
      );
    }
  }
}

if (problems.length > 0) {
  console.error(`Undeclared imports (add them to that package.json):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Every import is declared (${packages.join(', ')}).`);

/** The package a bare specifier names, or null for relative paths and Node's own modules. */
function packageName(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) {
    return null;
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtins.has(name) ? null : name;
}

function sourceFiles(dir, skip) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !/\/(node_modules|dist|test-results|playwright-report|results)\//.test(file) &&
        !skip.some((other) => file.startsWith(`${other}/`)),
    );
}
