// Turning scenario outcomes into the printed tables and the JSON file: one row per metric with the
// Roundtable figure, the reference figure and their ratio (Roundtable / reference; below 1 is better).

import type { ServerKind } from './servers.ts';
import type { Metric, ScenarioOutcome } from './scenarios/types.ts';

export type RunStatus =
  | { status: 'ok'; outcome: ScenarioOutcome }
  | { status: 'failed'; error: string }
  | { status: 'skipped'; reason: string }
  | { status: 'not run' };

export interface Row {
  metric: string;
  unit: string;
  roundtable: number | null;
  reference: number | null;
  ratio: number | null;
}

export interface ScenarioReport {
  name: string;
  description: string;
  results: Record<ServerKind, RunStatus>;
  rows: Row[];
  problems: Record<ServerKind, string[]>;
  /** Per server kind: PIDs, readiness time, log counts, shutdown results, bytes stored. */
  serverDetails: Partial<Record<ServerKind, Record<string, unknown>>>;
}

function metricsOf(status: RunStatus): Metric[] {
  return status.status === 'ok' ? status.outcome.metrics : [];
}

export function buildRows(results: Record<ServerKind, RunStatus>): Row[] {
  const names: Array<{ name: string; unit: string; ratio: boolean }> = [];
  for (const kind of ['roundtable', 'reference'] as const) {
    for (const m of metricsOf(results[kind])) {
      if (!names.some((n) => n.name === m.name))
        names.push({ name: m.name, unit: m.unit, ratio: m.ratio });
    }
  }
  const valueOf = (kind: ServerKind, name: string): number | null => {
    const value = metricsOf(results[kind]).find((m) => m.name === name)?.value;
    return value === undefined || value === null || !Number.isFinite(value) ? null : value;
  };
  return names.map(({ name, unit, ratio }) => {
    const roundtable = valueOf('roundtable', name);
    const reference = valueOf('reference', name);
    const comparable = ratio && roundtable !== null && reference !== null && reference > 0;
    return {
      metric: name,
      unit,
      roundtable,
      reference,
      ratio: comparable ? roundtable / reference : null,
    };
  });
}

function formatNumber(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  if (unit === 'count') return String(Math.round(value));
  if (unit === 's' || unit === '×') return value.toFixed(2);
  if (unit === 'ms') return value < 100 ? value.toFixed(1) : value.toFixed(0);
  return value.toFixed(1);
}

function statusNote(status: RunStatus): string | null {
  switch (status.status) {
    case 'ok':
      return null;
    case 'failed':
      return `failed: ${status.error}`;
    case 'skipped':
      return `skipped: ${status.reason}`;
    case 'not run':
      return 'not run';
  }
}

export function renderScenario(report: ScenarioReport): string {
  const header = ['metric', 'Roundtable', 'reference', 'ratio'];
  const body = report.rows.map((row) => [
    `${row.metric} (${row.unit})`,
    formatNumber(row.roundtable, row.unit),
    formatNumber(row.reference, row.unit),
    row.ratio === null ? '—' : row.ratio.toFixed(2),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const lines = [
    `== ${report.description}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
  ];
  lines.push(...body.map(line));
  for (const kind of ['roundtable', 'reference'] as const) {
    const note = statusNote(report.results[kind]);
    const label = kind === 'roundtable' ? 'Roundtable' : 'reference';
    if (note !== null) lines.push(`  ${label}: ${note}`);
    for (const problem of report.problems[kind]) lines.push(`  ${label}: ! ${problem}`);
  }
  return lines.join('\n');
}
