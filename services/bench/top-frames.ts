// Prints the top frames of V8 CPU profiles (`node --cpu-prof`) by self time, so that a change to a
// hot path can be checked before and after:  node services/bench/top-frames.ts <file.cpuprofile>… [--top 15]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({
  options: { top: { type: 'string', default: '15' } },
  allowPositionals: true,
});
for (const file of positionals) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const self = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const f = n.callFrame;
    const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  const ms = (p.endTime - p.startTime) / 1000;
  process.stdout.write(`${file}: ${total} samples over ${ms.toFixed(0)} ms\n`);
  const idle = (self.get('(idle)') ?? 0) / Math.max(1, total);
  process.stdout.write(`  busy ${(100 * (1 - idle)).toFixed(1)} %\n`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    process.stdout.write(`  ${((100 * v) / Math.max(1, total)).toFixed(1).padStart(5)} %  ${k}\n`);
}
