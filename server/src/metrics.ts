// Prometheus metrics, in a registry owned by one app (no global state): connections, documents
// in memory and with connections, updates stored, persist and fan-out latency, Redis relay
// lag, and meeting events; plus the process's own (CPU, memory, event-loop lag).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RoomStats } from './collab/rooms.ts';

const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export class Metrics {
  readonly registry = new Registry();
  private readonly updatesStored: Counter;
  private readonly persistSeconds: Histogram;
  private readonly fanoutSeconds: Histogram;
  private readonly relayLagSeconds: Histogram;
  private readonly meetingEvents: Counter<'type'>;
  private readonly updatesQuarantined: Counter;
  private readonly firstSyncSeconds: Histogram;
  private readonly roomJoinSeconds: Histogram;

  private readonly registers = [this.registry];

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'roundtable_' });
    const registers = this.registers;
    this.updatesStored = new Counter({
      name: 'roundtable_updates_stored_total',
      help: 'Yjs updates stored (rate() gives updates per second).',
      registers,
    });
    this.persistSeconds = new Histogram({
      name: 'roundtable_persist_seconds',
      help: 'Time to store one batch of updates (one transaction).',
      buckets: latencyBuckets,
      registers,
    });
    this.fanoutSeconds = new Histogram({
      name: 'roundtable_fanout_seconds',
      help: 'Time from receiving an update to relaying it, storage included.',
      buckets: latencyBuckets,
      registers,
    });
    this.relayLagSeconds = new Histogram({
      name: 'roundtable_redis_relay_lag_seconds',
      help: 'Time from another process publishing an update to this process receiving it.',
      buckets: latencyBuckets,
      registers,
    });
    this.updatesQuarantined = new Counter({
      name: 'roundtable_updates_quarantined_total',
      help: 'Stored Yjs updates that failed to apply on load and were moved to the quarantine.',
      registers,
    });
    this.firstSyncSeconds = new Histogram({
      name: 'roundtable_collab_first_sync_seconds',
      help: "Time from a /collab connection opening to the server's answer to its first sync (sync step 2 sent), loading included.",
      buckets: latencyBuckets,
      registers,
    });
    this.roomJoinSeconds = new Histogram({
      name: 'roundtable_collab_join_seconds',
      help: 'Time for a /collab connection to join its document: loading it from storage when it is not in memory.',
      buckets: latencyBuckets,
      registers,
    });
    this.meetingEvents = new Counter({
      name: 'roundtable_meeting_events_total',
      help: 'Meeting commands applied, by type.',
      labelNames: ['type'],
      registers,
    });
  }

  /** Counts connections and documents in memory from the rooms' stats, read at each scrape. */
  countRooms(roomStats: () => RoomStats): void {
    const registers = this.registers;
    const gauge = (name: string, help: string, read: (stats: RoomStats) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read(roomStats()));
        },
      });
    gauge('roundtable_collab_connections', 'Open /collab connections.', (s) => s.connections);
    gauge(
      'roundtable_documents_in_memory',
      'Documents loaded in memory.',
      (s) => s.documentsInMemory,
    );
    gauge(
      'roundtable_documents_with_connections',
      'Documents with at least one connection.',
      (s) => s.documentsWithConnections,
    );
  }

  recordStored(updates: number, seconds: number): void {
    this.updatesStored.inc(updates);
    this.persistSeconds.observe(seconds);
  }

  recordRelayed(seconds: number): void {
    this.fanoutSeconds.observe(seconds);
  }

  recordFirstSync(totalSeconds: number, joinSeconds: number): void {
    this.firstSyncSeconds.observe(totalSeconds);
    this.roomJoinSeconds.observe(joinSeconds);
  }

  recordRelayLag(seconds: number): void {
    this.relayLagSeconds.observe(seconds);
  }

  recordQuarantined(): void {
    this.updatesQuarantined.inc();
  }

  recordMeetingEvent(type: string): void {
    this.meetingEvents.inc({ type });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
