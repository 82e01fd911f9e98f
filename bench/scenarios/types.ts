// What a scenario receives and returns. A scenario runs against one server kind at a time; the
// orchestrator runs it for each kind and lines the metrics up by name to print the ratio.

import type { BenchConfig, ScenarioName } from '../config.ts';
import type { ServerHandle, ServerKind } from '../servers.ts';
import type { ClientWorker } from '../workers.ts';

export interface ScenarioContext {
  kind: ServerKind;
  config: BenchConfig;
  /** Start a server of this kind. Roundtable gets a fresh data folder unless one is given. */
  startServer(
    label: string,
    dataDir?: string,
    extraEnv?: Record<string, string>,
  ): Promise<ServerHandle>;
  startWorkers(count: number, label: string): Promise<ClientWorker[]>;
  progress(message: string): void;
}

export interface Metric {
  name: string;
  unit: string;
  /** null when it does not apply to this server ("n/a"). */
  value: number | null;
  /** Print the Roundtable / reference ratio for this row (lower is better for every such row). */
  ratio: boolean;
}

export interface ScenarioOutcome {
  metrics: Metric[];
  /** Anything that should not happen: lost updates, divergence, disconnects, server errors. */
  problems: string[];
  /** Raw figures for the JSON file. */
  details: Record<string, unknown>;
}

export interface Scenario {
  name: ScenarioName;
  describe(config: BenchConfig): string;
  run(context: ScenarioContext): Promise<ScenarioOutcome>;
}

export function metric(name: string, unit: string, value: number | null, ratio = true): Metric {
  return { name, unit, value, ratio };
}

/** Thrown by a scenario that cannot run here (e.g. a missing input file); reported, not failed. */
export class ScenarioSkipped extends Error {
  override readonly name = 'ScenarioSkipped';
}
