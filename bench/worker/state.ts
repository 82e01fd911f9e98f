// The editors one benchmark client process holds, and the latencies they measure.
import type { BenchClient } from './bench-client.ts';

export interface WorkerState {
  clients: BenchClient[];
  latencies: number[];
}

export const state: WorkerState = { clients: [], latencies: [] };

export function firstClient(): BenchClient {
  const client = state.clients[0];
  if (client === undefined) throw new Error('no client connected in this worker');
  return client;
}
