// Prints the top frames of V8 CPU profiles (`node --cpu-prof`) by self time, so that a change to a
// hot path can be checked before and after:  node services/bench/top-frames.ts <file.cpuprofile>… [--top 15]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  startTime: number;
  endTime: number;
}

const { values, positionals } = parseArgs({
  options: { top: { type: 'string', default: '15' }, inclusive: { type: 'boolean', default: false } },
  allowPositionals: true,
});
for (const file of positionals) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const self = new Map<string, number>();
  let total = 0;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  // --inclusive: a frame's samples and its callees' (each frame counted once per stack).
  const under = (n: ProfileNode, seen: ReadonlySet<string>): number => {
    const key = keyOf(n);
    let sum = n.hitCount ?? 0;
    const next = new Set(seen).add(key);
    for (const c of n.children ?? []) {
      const child = byId.get(c);
      if (child) sum += under(child, next);
    }
    if (!seen.has(key))
      self.set(key, (self.get(key) ?? 0) + sum - (values.inclusive ? 0 : sum - (n.hitCount ?? 0)));
    return sum;
  };
  for (const n of p.nodes) total += n.hitCount ?? 0;
  const root = p.nodes[0];
  if (root) under(root, new Set());
  const ms = (p.endTime - p.startTime) / 1000;
  process.stdout.write(`${file}: ${total} samples over ${ms.toFixed(0)} ms\n`);
  const idle = (self.get('(idle)') ?? 0) / Math.max(1, total);
  process.stdout.write(`  busy ${(100 * (1 - idle)).toFixed(1)} %\n`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    process.stdout.write(`  ${((100 * v) / Math.max(1, total)).toFixed(1).padStart(5)} %  ${k}\n`);
}
