import { weightedPick } from '../util/random';
import type { SparseMatrix } from './features';

export interface Clustering {
  k: number;
  /** Cluster of each listed row. */
  assign: Int32Array;
  /** Cosine similarity of each listed row to its cluster's centre. */
  similarity: Float32Array;
  /** k unit-length dense centres, row-major (k x dim). */
  centroids: Float64Array;
  /** Sum of similarities: higher is tighter. */
  objective: number;
}

export function dotRow(m: SparseMatrix, row: number, dense: Float64Array, offset: number): number {
  let sum = 0;
  for (let p = m.offsets[row]; p < m.offsets[row + 1]; p++) sum += m.values[p] * dense[offset + m.indices[p]];
  return sum;
}

/** k-means++ seeding with cosine distance (1 - similarity). */
function seed(m: SparseMatrix, rows: ArrayLike<number>, k: number, random: () => number): Float64Array {
  const centroids = new Float64Array(k * m.dim);
  const best = new Float64Array(rows.length).fill(-Infinity);
  const place = (c: number, row: number) => {
    for (let p = m.offsets[row]; p < m.offsets[row + 1]; p++) centroids[c * m.dim + m.indices[p]] = m.values[p];
  };
  place(0, rows[Math.floor(random() * rows.length)]);
  for (let c = 1; c < k; c++) {
    const weights = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      best[i] = Math.max(best[i], dotRow(m, rows[i], centroids, (c - 1) * m.dim));
      weights[i] = Math.max(0, 1 - best[i]) ** 2;
    }
    place(c, rows[weightedPick(weights, random)]);
  }
  return centroids;
}

/** Spherical k-means (cosine) on some rows of a sparse matrix; dense centres, sparse rows. */
export function sphericalKMeans(
  m: SparseMatrix,
  rows: ArrayLike<number>,
  k: number,
  random: () => number,
  init?: Float64Array,
  maxIterations = 25,
): Clustering {
  const { dim } = m;
  const centroids = init ? Float64Array.from(init) : seed(m, rows, k, random);
  const assign = new Int32Array(rows.length).fill(-1);
  const similarity = new Float32Array(rows.length);
  let objective = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = 0;
    objective = 0;
    for (let i = 0; i < rows.length; i++) {
      let bestC = 0;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dotRow(m, rows[i], centroids, c * dim);
        if (s > bestS) [bestS, bestC] = [s, c];
      }
      if (assign[i] !== bestC) changed++;
      assign[i] = bestC;
      similarity[i] = bestS;
      objective += bestS;
    }
    if (changed === 0 && iteration > 0) break;
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < rows.length; i++) {
      const base = assign[i] * dim;
      sizes[assign[i]]++;
      for (let p = m.offsets[rows[i]]; p < m.offsets[rows[i] + 1]; p++) centroids[base + m.indices[p]] += m.values[p];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        // An empty cluster takes the row worst served by its own centre.
        let worst = 0;
        for (let i = 1; i < rows.length; i++) if (similarity[i] < similarity[worst]) worst = i;
        similarity[worst] = Infinity;
        for (let p = m.offsets[rows[worst]]; p < m.offsets[rows[worst] + 1]; p++) centroids[c * dim + m.indices[p]] = m.values[p];
        continue;
      }
      let norm = 0;
      for (let d = c * dim; d < (c + 1) * dim; d++) norm += centroids[d] * centroids[d];
      norm = Math.sqrt(norm) || 1;
      for (let d = c * dim; d < (c + 1) * dim; d++) centroids[d] /= norm;
    }
  }
  return { k, assign, similarity, centroids, objective };
}

/** Pairwise cosine similarities of some rows (symmetric, row-major). */
export function similarityMatrix(m: SparseMatrix, rows: ArrayLike<number>): Float32Array {
  const n = rows.length;
  const out = new Float32Array(n * n);
  const dense = new Float64Array(m.dim);
  for (let i = 0; i < n; i++) {
    for (let p = m.offsets[rows[i]]; p < m.offsets[rows[i] + 1]; p++) dense[m.indices[p]] = m.values[p];
    out[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const s = dotRow(m, rows[j], dense, 0);
      out[i * n + j] = s;
      out[j * n + i] = s;
    }
    for (let p = m.offsets[rows[i]]; p < m.offsets[rows[i] + 1]; p++) dense[m.indices[p]] = 0;
  }
  return out;
}

/** Mean silhouette with cosine distance, from a precomputed similarity matrix. */
export function silhouette(similarities: Float32Array, assign: Int32Array, k: number): number {
  const n = assign.length;
  const sizes = new Int32Array(k);
  for (const a of assign) sizes[a]++;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let j = 0; j < n; j++) sums[assign[j]] += 1 - similarities[i * n + j];
    const own = assign[i];
    if (sizes[own] <= 1) continue; // a singleton's silhouette is 0
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    total += b === Infinity ? 0 : (b - a) / Math.max(a, b);
  }
  return total / n;
}
