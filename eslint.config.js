// Lint rules for every package: typescript-eslint's recommended type-aware set, React hooks, and
// the server's layers (imports run one way).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports run one way: down this list, never up. A module may import its own layer and the
// layers below it; `apart` lists modules of one layer that must not import each other either.
// shared/ is below everything and imports neither server/ nor client/. Tests (*.test.ts) and
// server/src/testing/ stand above the list (they start whole servers), and nothing else imports
// testing/. server/src/layers.test.ts checks that a wrong-way import fails, and finds cycles.
export const serverLayers = [
  // Process basics and document state (Yjs in, Yjs out): they import nothing of the server.
  // paths.ts knows where the server's files are, in the sources and in the bundle; folders.ts
  // makes the folders settings name.
  {
    modules: [
      'config.ts',
      'folders.ts',
      'give-back-memory.ts',
      'logger.ts',
      'paths.ts',
      'repeat-in-background.ts',
      'documents',
    ],
  },
  // Adapters and libraries the use cases build on. export/ renders documents to files: it
  // imports only shared/, and services/exports.ts drives it. pictures/ checks and cleans uploaded
  // pictures (type, size, metadata).
  { modules: ['storage', 'edge', 'bus', 'limits', 'export', 'pictures'] },
  // The use cases: the only place that decides (through can()) who may do what.
  { modules: ['services'] },
  // The ways in: /collab, the meeting channel, REST. metrics.ts reads the rooms for /metrics.
  { modules: ['collab', 'realtime', 'http', 'metrics.ts'], apart: ['collab', 'realtime', 'http'] },
  // Wiring: builds everything above and starts it.
  { modules: ['app.ts', 'main.ts', 'serve.ts', 'reactions.ts', 'admin'] },
];

const isFile = (module) => module.endsWith('.ts');
const filesOf = (module) =>
  isFile(module) ? [`server/src/${module}`] : [`server/src/${module}/**/*.{ts,tsx}`];
// A relative import naming the module, from a top-level file ('./x') or from inside a module
// ('../x', '../../x', ...); .js or .ts, as the project writes both.
function importOf(module, fromTopLevel) {
  const from = fromTopLevel ? '\\./' : '(\\.\\./)+';
  const name = isFile(module) ? `${module.slice(0, -'.ts'.length)}\\.(ts|js)$` : `${module}(/|$)`;
  return `^${from}${name}`;
}
function layerRules() {
  return serverLayers.flatMap((layer, index) =>
    layer.modules.map((module) => {
      const above = serverLayers.slice(index + 1).flatMap((higher) => higher.modules);
      const apart = layer.apart?.includes(module)
        ? layer.apart.filter((other) => other !== module)
        : [];
      const forbidden = [...above, ...apart, 'testing'];
      return {
        files: filesOf(module),
        ignores: ['**/*.test.{ts,tsx}'],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: forbidden.map((other) => ({
                regex: importOf(other, isFile(module)),
                message: `Imports run one way (see serverLayers in eslint.config.js): ${module} may not import ${other}.`,
              })),
            },
          ],
        },
      };
    }),
  );
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'native/*/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // CommonJS: the native addon's loader and build step (native/), which npm runs as they are.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Type-aware: a promise nobody awaits or catches is an error, so every async path has an owner.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(server|client)(/|$)|^@roundtable/(server|client)(/|$)',
              message: 'shared/ is below everything: it imports neither server/ nor client/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Small modules: a source file that grows past 300 lines is split by what its parts do.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['**/*.test.{ts,tsx}', 'e2e/**/*.spec.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  ...layerRules(),
);
