// Builds the browser client into client/dist, which the server serves. In development the dev
// server forwards the REST API and the /collab WebSocket to a server on port 3000.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { openMojiAssets } from './openmoji-assets.ts';

const root = decodeURIComponent(new URL('.', import.meta.url).pathname);
const backend = 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react(), openMojiAssets()],
  // The plain-English worker is a module worker (`type: 'module'`), like the rest of the client.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill is not needed by the browsers we support and keeps the CSP simple.
    modulePreload: { polyfill: false },
    // The editor chunk (Tiptap, ProseMirror, Yjs) is loaded only on document pages.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': backend,
      '/healthz': backend,
      '/collab': { target: backend, ws: true },
      '/socket.io': { target: backend, ws: true },
    },
  },
});
