// The reference server made to keep Roundtable's two promises for each update, in the plainest
// way: it proves the update applies (on a second copy of the document, as Roundtable's prover
// does) and stores it in SQLite (WAL, one commit per update, Roundtable's settings). With
// BENCH_REFERENCE=storing the bench runs this in place of the plain reference, so the ratios say
// how far Roundtable is from what those promises cost on their own (docs/develop/performance.md).
// Here the proof and the insert follow the reference's relay rather than precede it; the work
// per update, and so the CPU, is the same.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';

const folder = mkdtempSync(path.join(tmpdir(), 'reference-storing-'));
const sqlite = new Database(path.join(folder, 'updates.db'));
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.exec('CREATE TABLE updates (seq INTEGER PRIMARY KEY, document TEXT NOT NULL, data BLOB)');
const insert = sqlite.prepare('INSERT INTO updates (document, data) VALUES (?, ?)');

setPersistence({
  provider: null,
  bindState: (name: string, doc: Y.Doc) => {
    const copy = new Y.Doc();
    doc.on('update', (update: Uint8Array) => {
      Y.applyUpdate(copy, update);
      insert.run(name, update);
    });
  },
  writeState: () => Promise.resolve(),
});

const sockets = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
    setupWSConnection(ws, request);
  });
});
server.listen(Number(process.env.PORT ?? 1234), process.env.HOST ?? '127.0.0.1');

process.on('SIGTERM', () => {
  sqlite.close();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
});
