// Synthesis benchmark: themes on generated multilingual contributions and opinion groups on
// generated vote matrices. Prints a table, then one JSON line {"bench": "synthesis", ...}.
// eslint-disable-next-line @nx/enforce-module-boundaries -- measures the library's sources (through tsx), without a build
import { createRandom, extractThemes, opinionGroups, type Vote } from '../../libs/synthesis/src/index';
import { generateContributions } from '../fixtures/synthesis/corpus';
import { loadavg } from 'node:os';
import { pivotBench } from './support/pivot-bench';

const quick = process.env.BENCH_QUICK === '1';
const RUNS = quick ? 1 : 3;
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * CPU time of this process (user + system) for the last timed case, in ms. On a shared machine the
 * wall-clock time also counts waiting for a core; the engine is single-threaded, so its CPU time
 * is what one dedicated core would take.
 */
let lastCpuMs = 0;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function time(run: () => void): number {
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const cpu = cpuNow();
    run();
    cpus.push(cpuNow() - cpu);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    sampleRss();
  }
  lastCpuMs = Math.round(median(cpus));
  return Math.round(median(times));
}

function timeOnce(run: () => void): number {
  const start = process.hrtime.bigint();
  const cpu = cpuNow();
  run();
  lastCpuMs = Math.round(cpuNow() - cpu);
  sampleRss();
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}

/** Participants in `camps` camps voting on `statements` statements, each seeing about `share` of them. */
function votes(participants: number, statements: number, share: number, camps = 3): Vote[] {
  const random = createRandom(participants * 31 + statements);
  const leaning = Array.from({ length: camps }, () => Array.from({ length: statements }, () => (random() < 0.5 ? 1 : -1)));
  const out: Vote[] = [];
  for (let p = 0; p < participants; p++) {
    const camp = p % camps;
    for (let s = 0; s < statements; s++) {
      if (random() > share) continue;
      const vote = random() < 0.1 ? 0 : random() < 0.8 ? leaning[camp][s] : -leaning[camp][s];
      out.push({ participantId: `p${p}`, statementId: `s${s}`, vote });
    }
  }
  return out;
}

const rows: { case: string; size: string; ms: number; cpu_ms: number; result: string }[] = [];
const figures: Record<string, number> = {};

for (const n of quick ? [1000, 5000] : [1000, 5000, 10000, 100000]) {
  const contributions = generateContributions(n, 7);
  let summary = '';
  // 100k: one run (minutes of CPU for three); the figure is then that run's time.
  const ms = (n >= 100000 ? timeOnce : time)(() => {
    const r = extractThemes(contributions);
    summary = `${r.themes.length} themes, ${r.other.size} other`;
  });
  rows.push({ case: 'themes', size: `${n} contributions${n >= 100000 ? ' (1 run)' : ''}`, ms, cpu_ms: lastCpuMs, result: summary });
  figures[`themes_${n / 1000}k_ms`] = ms;
  figures[`themes_${n / 1000}k_cpu_ms`] = lastCpuMs;
}

// Live update of an open room (apps/api/src/synthesis/room-live-synthesis.service.ts): the room's
// 2,000 messages plus a new one are clustered again with the number of themes the first (full)
// computation chose, as the live panel does after new messages.
{
  const room = generateContributions(2001, 11).map((c) => ({ ...c, source: 'room_message' }));
  const LIVE_RUNS = quick ? 3 : 7;
  const times: number[] = [];
  const cpus: number[] = [];
  let summary = '';
  const full = time(() => extractThemes(room.slice(0, 2000), { quotes: 2 }));
  const k = extractThemes(room.slice(0, 2000), { quotes: 2 }).parameters.themeCount;
  rows.push({ case: 'live room, first computation', size: '2000 messages', ms: full, cpu_ms: lastCpuMs, result: `k = ${k}` });
  figures.live_first_ms = full;
  for (let i = 0; i < LIVE_RUNS; i++) {
    const input = room.slice(0, 2000 + (i % 2));
    const start = process.hrtime.bigint();
    const cpu = cpuNow();
    const r = extractThemes(input, { quotes: 2, minThemes: k, maxThemes: k });
    cpus.push(cpuNow() - cpu);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    summary = `${r.themes.length} themes`;
  }
  const ms = Math.round(median(times));
  rows.push({ case: 'live room update', size: '2000 messages (+1)', ms, cpu_ms: Math.round(median(cpus)), result: summary });
  figures.live_update_ms = ms;
  figures.live_update_cpu_ms = Math.round(median(cpus));
}

const matrices: [number, number, number][] = [
  [500, 100, 0.6],
  [2000, 900, 0.125],
  [5000, 300, 0.3],
];
for (const [p, s, share] of matrices) {
  const input = votes(p, s, share);
  let summary = '';
  const ms = time(() => {
    const r = opinionGroups(input);
    summary = `${r.groups.length} groups, ${r.consensus.length} consensus`;
  });
  rows.push({ case: 'opinion groups', size: `${p} x ${s} (${input.length} votes)`, ms, cpu_ms: lastCpuMs, result: summary });
  figures[`groups_${p}x${s}_ms`] = ms;
  figures[`groups_${p}x${s}_cpu_ms`] = lastCpuMs;
}

// The app's pipeline: pivots read from the PostgreSQL translation cache, then themes (the run's job).
void (async () => {
  {
    const n = 10000;
    const p = await pivotBench(n, RUNS);
    rows.push({
      case: 'pivots (cached) + themes',
      size: `${n} contributions (${p.cached} cached pivots)`,
      ms: p.totalMs,
      cpu_ms: NaN,
      result: p.summary,
    });
    rows.push({ case: '  of which pivot lookup', size: `${n} contributions`, ms: p.pivotMs, cpu_ms: NaN, result: '' });
    figures.pivot_themes_10k_ms = p.totalMs;
    figures.pivot_lookup_10k_ms = p.pivotMs;
    figures.pivot_themes_10k_s = p.totalMs / 1000;
  }

  console.log(`synthesis benchmark (median of ${RUNS} runs, Node ${process.version})`);
  console.table(rows);
  figures.themes_10k_s = figures.themes_10k_ms !== undefined ? figures.themes_10k_ms / 1000 : NaN;
  figures.themes_100k_s = figures.themes_100k_ms !== undefined ? figures.themes_100k_ms / 1000 : NaN;
  figures.load_average = Math.round(loadavg()[0] * 10) / 10;
  figures.groups_s = figures['groups_2000x900_ms'] / 1000;
  console.log(JSON.stringify({ bench: 'synthesis', runs: RUNS, ...figures, peak_rss_mb: Math.round(peakRss / 2 ** 20) }));
})();
