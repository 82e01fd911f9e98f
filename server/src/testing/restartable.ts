// A real server on port 0 over a data folder that outlives it, so a test can stop the server
// and start a new one on the same storage (a restart), as an operator would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createServer, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { TestApi, seedAdmin } from './harness.ts';

export interface RunningServer {
  app: App;
  store: Store;
  origin: string;
  wsOrigin: string;
  adminToken: string;
  api: TestApi;
  /** Closes the server (storing and compacting) and its store; the data folder stays. */
  stop(): Promise<void>;
}

export class RestartableServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'roundtable-restart-'));
  current: RunningServer | undefined;

  constructor(private readonly settings: Record<string, string> = {}) {}

  /** Opens the store on its own, with no server running (to write what no client could). */
  openStore(): Store {
    return openSqliteStore({ filename: join(this.dataDir, 'roundtable.sqlite') });
  }

  async start(): Promise<RunningServer> {
    const config = loadConfig(
      { PORT: '0', DATA_DIR: this.dataDir, ...this.settings },
      process.cwd(),
    );
    const store = this.openStore();
    const app = createServer({
      config,
      store,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const { port } = app.server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    const adminToken = await seedAdmin(app);
    const running: RunningServer = {
      app,
      store,
      origin,
      wsOrigin: `ws://127.0.0.1:${port}`,
      adminToken,
      api: new TestApi(origin, adminToken),
      async stop() {
        await app.close();
        await store.close();
      },
    };
    this.current = running;
    return running;
  }

  async restart(): Promise<RunningServer> {
    await this.current?.stop();
    this.current = undefined;
    return this.start();
  }

  async dispose(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
