// Test harness: a real Roundtable server on port 0 with a fresh store, and real y-websocket
// clients. Used by the integration suites; nothing here is mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { pino } from 'pino';
import type { Role } from '@roundtable/shared/domain/policy';
import { createServer, type App } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';

export interface TestServer {
  app: App;
  store: Store;
  config: Config;
  origin: string;
  wsOrigin: string;
  dataDir: string;
  /** Moves the server's clock forward (expiry of links, sessions, the bin). */
  advanceClock(ms: number): void;
  /** An administrator's API token; `api` and `connect` use it unless told otherwise. */
  adminToken: string;
  /** That administrator's person id (the author of what their connections suggest). */
  adminId: string;
  api: TestApi;
  /** Closes the server (storing and compacting) and the store, and removes the data folder. */
  close(): Promise<void>;
}

export async function startTestServer(
  settings: Record<string, string> = {},
  openStore?: (dataDir: string) => Promise<Store>,
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-test-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, ...settings }, process.cwd());
  const store = openStore
    ? await openStore(dataDir)
    : openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const app = createServer({ config, store, logger: pino({ level: 'silent' }), now });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const adminToken = await seedAdmin(app);
  const admin = await app.identity.findUserByEmail('ada@example.org');
  if (!admin) throw new Error('the administrator was not made');
  return {
    app,
    adminId: admin.id,
    store,
    config,
    origin,
    wsOrigin: `ws://127.0.0.1:${port}`,
    dataDir,
    adminToken,
    advanceClock(ms) {
      offsetMs += ms;
    },
    api: new TestApi(origin, adminToken),
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates an administrator and returns an API token for them. */
export async function seedAdmin(app: App, email = 'ada@example.org'): Promise<string> {
  const admin =
    (await app.identity.findUserByEmail(email)) ??
    (await app.signIn.createPerson({ name: 'Ada Admin', email, isAdmin: true }));
  return (await app.tokens.create(admin.id, 'tests')).token;
}

/** Seeds an administrator into a data folder before a server process starts on it. */
export async function seedAdminInDataDir(dataDir: string): Promise<string> {
  const store = openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
  const config = loadConfig({ DATA_DIR: dataDir }, process.cwd());
  const app = createServer({ config, store, logger: pino({ level: 'silent' }) });
  const token = await seedAdmin(app);
  await app.close();
  await store.close();
  return token;
}

export class TestApi {
  constructor(
    readonly origin: string,
    /** Sent as `Authorization: Bearer`; null for an anonymous caller. */
    readonly token: string | null = null,
  ) {}

  as(token: string | null): TestApi {
    return new TestApi(this.origin, token);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(this.origin + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  }

  async createDocument(
    title = 'Learning Disability Strategy',
  ): Promise<{ id: string; workspaceId: string }> {
    const workspace = await this.request('POST', '/api/workspaces', {
      name: 'Learning Disability Partnership Board',
    });
    const document = await this.request('POST', '/api/documents', {
      workspaceId: workspace.body.id,
      title,
    });
    if (document.status !== 201) throw new Error(`could not create a document: ${document.status}`);
    return document.body as { id: string; workspaceId: string };
  }
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: () => string;
  destroy(): void;
}

/** A new person with this role in the workspace, and a REST client signed in as them. */
export async function personApi(
  server: TestServer,
  workspaceId: string,
  name: string,
  role: Role,
): Promise<TestApi> {
  const person = await server.app.signIn.createPerson({ name, email: null, isAdmin: false });
  await server.store.identity.putMembership({
    workspaceId,
    userId: person.id,
    role,
    joinedAt: new Date().toISOString(),
    inviteId: null,
  });
  return server.api.as((await server.app.tokens.create(person.id, 'tests')).token);
}

/** A stock y-websocket client, as any script would use it. */
export function connectClient(
  wsOrigin: string,
  documentId: string,
  params: Record<string, string> = {},
  /** Reuse a document (a client reconnecting elsewhere keeps what it has). */
  doc: Y.Doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(`${wsOrigin}/collab`, documentId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  return {
    doc,
    provider,
    text: () => doc.getXmlFragment('default').toString(),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(client: TestClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean): void => {
      if (!synced) return;
      client.provider.off('sync', onSync);
      resolve();
    };
    client.provider.on('sync', onSync);
  });
}

/** Appends a paragraph with `text` to the editor content, as a person typing would. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment('default');
  fragment.insert(fragment.length, [paragraph]);
}

/** A raw WebSocket to /collab, for sending frames no well-behaved client would. */
export function rawSocket(
  wsOrigin: string,
  path: string,
  /** Listens from the start: the server's first frames can arrive with the upgrade itself. */
  onMessage?: (frame: Buffer) => void,
): Promise<WebSocket> {
  const socket = new WebSocket(wsOrigin + path);
  if (onMessage) socket.on('message', onMessage);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

/** Retries an assertion until it passes or the time is up (no fixed sleeps in tests). */
export async function eventually(
  assertion: () => void | Promise<void>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
