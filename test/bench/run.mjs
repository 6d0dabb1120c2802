// Benchmark runner: `npm run bench` runs every test/bench/*.bench.ts, `npm run bench -- <name>`
// only those whose name matches. Each benchmark runs in its own Node process (through tsx) and
// prints a table then, as its last line, one JSON object {"bench": "<name>", ...}.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const chosen = all.filter(
  (f) => filters.length === 0 || filters.some((name) => f.replace(/\.bench\.ts$/, '') === name || f.includes(name)),
);
if (chosen.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}. Available: ${all.map((f) => f.replace(/\.bench\.ts$/, '')).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of chosen) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit', cwd: join(here, '../..') });
  if (result.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed ? 1 : 0);
