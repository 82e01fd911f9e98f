// Prints the functions with the most self time in a V8 .cpuprofile (as written by
// `node --cpu-prof`, e.g. via BENCH_SERVER_NODE_ARGS), and the same summed by package or file.
//   node --import tsx bench/profile-top.ts /tmp/prof/CPU.….cpuprofile [top=20]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: profile-top.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 20);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0);

/** Where a frame's code lives: a package, a file of ours, or V8 itself. */
function placeOf(url: string): string {
  if (url === '') return '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage?.[1]) return inPackage[1];
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\/.*?\/(server|shared)\//, '$1/');
}

const frames = new Map<string, number>();
const places = new Map<string, number>();
for (const [id, us] of selfUs) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const place = placeOf(frame.url);
  const name = `${frame.functionName || '(anonymous)'}  ${place}:${frame.lineNumber + 1}`;
  frames.set(name, (frames.get(name) ?? 0) + us);
  places.set(place, (places.get(place) ?? 0) + us);
}
const print = (title: string, rows: Map<string, number>): void => {
  process.stdout.write(`\n${title} (of ${(total / 1e6).toFixed(2)} s sampled)\n`);
  for (const [name, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const share = ((us / total) * 100).toFixed(1).padStart(5);
    process.stdout.write(`${share}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}\n`);
  }
};
print('self time by function', frames);
print('self time by package or file', places);
