// Prints what a V8 heap snapshot holds, summed by constructor (self size and count), e.g. one
// taken from a server started with BENCH_SERVER_NODE_ARGS="--heapsnapshot-signal=SIGUSR2" and
// sent SIGUSR2 while the bench runs:
//   node --import tsx bench/heap-top.ts /tmp/heap/Heap.….heapsnapshot [top=30]
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const [file, topArg] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: heap-top.ts <file.heapsnapshot> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const heap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const fields = heap.snapshot.meta.node_fields;
const types = heap.snapshot.meta.node_types[0];
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
const groups = new Map<string, { bytes: number; count: number }>();
let total = 0;
for (let i = 0; i < heap.nodes.length; i += fields.length) {
  const type = types[heap.nodes[i + typeAt!]!] ?? '?';
  const name = heap.strings[heap.nodes[i + nameAt!]!] ?? '?';
  const bytes = heap.nodes[i + sizeAt!]!;
  total += bytes;
  // Objects by constructor; strings, code, arrays and the rest by their kind.
  const key = type === 'object' || type === 'closure' ? `${name} (${type})` : `(${type})`;
  const group = groups.get(key) ?? { bytes: 0, count: 0 };
  group.bytes += bytes;
  group.count += 1;
  groups.set(key, group);
}
process.stdout.write(`${(total / 1024 / 1024).toFixed(1)} MiB in the heap\n`);
for (const [key, { bytes, count }] of [...groups]
  .sort((a, b) => b[1].bytes - a[1].bytes)
  .slice(0, top)) {
  const mib = (bytes / 1024 / 1024).toFixed(2).padStart(7);
  process.stdout.write(`${mib} MiB  ${String(count).padStart(8)}  ${key}\n`);
}
