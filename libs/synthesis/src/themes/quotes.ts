import { round } from '../util/hash';
import type { Quote } from '../types';
import type { PreparedText, SparseMatrix } from './features';
import { dotRow } from './spherical-kmeans';

function rowSimilarity(m: SparseMatrix, a: number, b: number): number {
  // Both rows are sorted by term: merge them.
  let p = m.offsets[a];
  let q = m.offsets[b];
  let sum = 0;
  while (p < m.offsets[a + 1] && q < m.offsets[b + 1]) {
    if (m.indices[p] === m.indices[q]) sum += m.values[p++] * m.values[q++];
    else if (m.indices[p] < m.indices[q]) p++;
    else q++;
  }
  return sum;
}

export function shorten(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/**
 * Maximal marginal relevance: each quote is close to the theme's centre and far from the
 * quotes already picked, so that three quotes say three things.
 */
export function pickQuotes(
  m: SparseMatrix,
  texts: PreparedText[],
  rows: number[],
  centrality: Float32Array,
  count: number,
  duplicateSimilarity: number,
  lambda = 0.7,
): Quote[] {
  const pool = [...rows].sort((a, b) => centrality[b] - centrality[a] || a - b).slice(0, 60);
  const chosen: number[] = [];
  while (chosen.length < count) {
    let best = -1;
    let bestScore = -Infinity;
    for (const r of pool) {
      if (chosen.includes(r)) continue;
      const redundancy = chosen.reduce((max, c) => Math.max(max, rowSimilarity(m, r, c)), 0);
      if (redundancy >= duplicateSimilarity) continue;
      const score = lambda * centrality[r] - (1 - lambda) * redundancy;
      if (score > bestScore) [bestScore, best] = [score, r];
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen.map((r) => {
    const t = texts[r];
    const translated = t.original !== undefined && t.original !== t.text;
    return {
      id: t.id,
      text: shorten(t.original ?? t.text),
      language: t.originalLanguage ?? t.language,
      ...(translated ? { pivot: shorten(t.text) } : {}),
      centrality: round(centrality[r]),
    };
  });
}

/**
 * Groups near-identical texts (cosine >= threshold) inside each group of rows, with
 * union-find, comparing only texts that share their heaviest term.
 */
export function findDuplicates(m: SparseMatrix, texts: PreparedText[], groups: number[][], threshold: number): string[][] {
  const parent = new Int32Array(m.rows).map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const dense = new Float64Array(m.dim);
  for (const rows of groups) {
    const exact = new Map<string, number>();
    for (const r of rows) {
      const key = texts[r].text.toLowerCase();
      const first = exact.get(key);
      if (first === undefined) exact.set(key, r);
      else union(first, r);
    }
    // Near-duplicates share their heaviest term: compare within those blocks only.
    const blocks = new Map<number, number[]>();
    for (const r of rows) {
      let top = -1;
      for (let p = m.offsets[r]; p < m.offsets[r + 1]; p++) if (top < 0 || m.values[p] > m.values[top]) top = p;
      if (top < 0) continue;
      const block = blocks.get(m.indices[top]);
      if (block) block.push(r);
      else blocks.set(m.indices[top], [r]);
    }
    for (const block of blocks.values()) {
      if (block.length > 400) continue; // exact copies only, to stay near-linear
      for (let i = 0; i < block.length; i++) {
        const a = block[i];
        for (let p = m.offsets[a]; p < m.offsets[a + 1]; p++) dense[m.indices[p]] = m.values[p];
        for (let j = i + 1; j < block.length; j++) {
          if (find(block[j]) === find(a)) continue;
          if (dotRow(m, block[j], dense, 0) >= threshold) union(a, block[j]);
        }
        for (let p = m.offsets[a]; p < m.offsets[a + 1]; p++) dense[m.indices[p]] = 0;
      }
    }
  }
  const byRoot = new Map<number, string[]>();
  for (let r = 0; r < m.rows; r++) {
    const root = find(r);
    if (root === r && !byRoot.has(r)) continue;
    if (!byRoot.has(root)) byRoot.set(root, [texts[root].id]);
    if (root !== r) byRoot.get(root)!.push(texts[r].id);
  }
  return [...byRoot.values()].filter((g) => g.length > 1).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
}
