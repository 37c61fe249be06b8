// Writes config/helm/everyclass from config/: node hack/helm/gen-chart.ts (npm run gen:helm).
// Files the generator no longer writes are removed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chartDir, chartPath, committedFiles, renderChart } from './chart.ts';

const files = renderChart();
for (const stale of committedFiles().filter((f) => !files.has(f))) rmSync(chartPath(stale));
for (const [file, text] of files) {
  mkdirSync(dirname(chartPath(file)), { recursive: true });
  writeFileSync(chartPath(file), text);
}
console.log(`wrote ${chartDir} (${files.size} files)`);
