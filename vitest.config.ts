import { defineConfig } from 'vitest/config';

const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts'],
          environment: 'node',
          // The server's tests start real servers and stub nothing global, so one worker runs
          // file after file without re-importing Yjs, Tiptap and the export stack for each:
          // importing was most of the run. Every file still closes what it starts.
          isolate: false,
          ...timeouts,
        },
      },
      {
        test: {
          name: 'client',
          // Component tests; each names its DOM (happy-dom) in a comment at its top. They stub
          // globals (fetch, timers), so each file runs in a fresh module graph.
          include: ['client/src/**/*.test.ts', 'client/src/**/*.test.tsx'],
          environment: 'node',
          ...timeouts,
        },
      },
    ],
  },
});
