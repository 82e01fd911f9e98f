// Export pools for tests: one thread, room to queue, limits no test meets unless it sets them,
// and a thread that fails outside any task fails the test. Each test file closes what it made.
import { ExportPool, type ExportPoolOptions } from '../export/export-pool.ts';

export function testExportPool(options: Partial<ExportPoolOptions> = {}): ExportPool {
  return new ExportPool({
    threads: 1,
    queue: 8,
    perPerson: 8,
    timeoutMs: 60_000,
    maxStateBytes: 64 * 1024 * 1024,
    memoryMb: 512,
    onError: (error) => {
      throw error;
    },
    ...options,
  });
}
