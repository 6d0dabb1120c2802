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

/**
 * The listed rows with their columns renumbered to the terms they use (ascending), so that the
 * dense centres hold only those: a sample of 1,200 short texts uses a fraction of the vocabulary.
 */
interface Compact {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
  /** Original column of each compact column, ascending. */
  columns: Int32Array;
}

function compact(m: SparseMatrix, rows: ArrayLike<number>): Compact {
  const used = new Uint8Array(m.dim);
  let nnz = 0;
  for (let i = 0; i < rows.length; i++)
    for (let p = m.offsets[rows[i]]; p < m.offsets[rows[i] + 1]; p++) {
      used[m.indices[p]] = 1;
      nnz++;
    }
  const remap = new Int32Array(m.dim);
  let d = 0;
  for (let t = 0; t < m.dim; t++) if (used[t]) remap[t] = d++;
  const columns = new Int32Array(d);
  for (let t = 0; t < m.dim; t++) if (used[t]) columns[remap[t]] = t;
  const offsets = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let q = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let p = m.offsets[rows[i]]; p < m.offsets[rows[i] + 1]; p++) {
      indices[q] = remap[m.indices[p]];
      values[q++] = m.values[p];
    }
    offsets[i + 1] = q;
  }
  return { offsets, indices, values, columns };
}

/**
 * Spherical k-means (cosine) on some rows of a sparse matrix; dense centres, sparse rows. The
 * centres are kept term-major (k values per term side by side), so that a row meets all k centres
 * in one pass over its terms. Sums run in the same order as a row-by-centre dot product: the
 * result does not depend on the layout.
 */
export function sphericalKMeans(
  m: SparseMatrix,
  rows: ArrayLike<number>,
  k: number,
  random: () => number,
  init?: Float64Array,
  maxIterations = 25,
): Clustering {
  const { dim } = m;
  const c = compact(m, rows);
  const d = c.columns.length;
  const n = rows.length;
  // centres[t * k + j]: centre j's weight on compact term t.
  const centres = new Float64Array(d * k);
  const place = (j: number, i: number) => {
    for (let p = c.offsets[i]; p < c.offsets[i + 1]; p++) centres[c.indices[p] * k + j] = c.values[p];
  };
  if (init) {
    for (let j = 0; j < k; j++) for (let t = 0; t < d; t++) centres[t * k + j] = init[j * dim + c.columns[t]];
  } else {
    // k-means++ seeding with cosine distance (1 - similarity).
    const best = new Float64Array(n).fill(-Infinity);
    place(0, Math.floor(random() * n));
    for (let j = 1; j < k; j++) {
      const weights = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let p = c.offsets[i]; p < c.offsets[i + 1]; p++) s += c.values[p] * centres[c.indices[p] * k + j - 1];
        best[i] = Math.max(best[i], s);
        weights[i] = Math.max(0, 1 - best[i]) ** 2;
      }
      place(j, weightedPick(weights, random));
    }
  }
  const assign = new Int32Array(n).fill(-1);
  const similarity = new Float32Array(n);
  const sims = new Float64Array(k);
  const norms = new Float64Array(k);
  const sizes = new Int32Array(k);
  let objective = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = 0;
    objective = 0;
    for (let i = 0; i < n; i++) {
      sims.fill(0);
      for (let p = c.offsets[i]; p < c.offsets[i + 1]; p++) {
        const v = c.values[p];
        const base = c.indices[p] * k;
        for (let j = 0; j < k; j++) sims[j] += v * centres[base + j];
      }
      let bestC = 0;
      let bestS = -Infinity;
      for (let j = 0; j < k; j++)
        if (sims[j] > bestS) {
          bestS = sims[j];
          bestC = j;
        }
      if (assign[i] !== bestC) changed++;
      assign[i] = bestC;
      similarity[i] = bestS;
      objective += bestS;
    }
    if (changed === 0 && iteration > 0) break;
    centres.fill(0);
    sizes.fill(0);
    for (let i = 0; i < n; i++) {
      const j = assign[i];
      sizes[j]++;
      for (let p = c.offsets[i]; p < c.offsets[i + 1]; p++) centres[c.indices[p] * k + j] += c.values[p];
    }
    norms.fill(0);
    for (let t = 0; t < d; t++) for (let j = 0; j < k; j++) norms[j] += centres[t * k + j] * centres[t * k + j];
    for (let j = 0; j < k; j++) {
      if (sizes[j] === 0) {
        // An empty cluster takes the row worst served by its own centre.
        let worst = 0;
        for (let i = 1; i < n; i++) if (similarity[i] < similarity[worst]) worst = i;
        similarity[worst] = Infinity;
        place(j, worst);
        continue;
      }
      const norm = Math.sqrt(norms[j]) || 1;
      for (let t = 0; t < d; t++) centres[t * k + j] /= norm;
    }
  }
  const centroids = new Float64Array(k * dim);
  for (let t = 0; t < d; t++) for (let j = 0; j < k; j++) centroids[j * dim + c.columns[t]] = centres[t * k + j];
  return { k, assign, similarity, centroids, objective };
}

/**
 * Mean silhouette with cosine distance. Rows are unit-length, so a row's summed similarity to a
 * cluster is its dot product with the cluster's summed rows: O(terms x k) per row instead of
 * O(rows), and no similarity matrix.
 */
export function silhouette(m: SparseMatrix, rows: ArrayLike<number>, assign: Int32Array, k: number): number {
  const c = compact(m, rows);
  const d = c.columns.length;
  const n = rows.length;
  const sums = new Float64Array(d * k);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    sizes[assign[i]]++;
    for (let p = c.offsets[i]; p < c.offsets[i + 1]; p++) sums[c.indices[p] * k + assign[i]] += c.values[p];
  }
  const toCluster = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    toCluster.fill(0);
    let self = 0;
    for (let p = c.offsets[i]; p < c.offsets[i + 1]; p++) {
      const v = c.values[p];
      const base = c.indices[p] * k;
      self += v * v;
      for (let j = 0; j < k; j++) toCluster[j] += v * sums[base + j];
    }
    const own = assign[i];
    if (sizes[own] <= 1) continue; // a singleton's silhouette is 0
    // Mean distance (1 - similarity) to the other members of its cluster, then to each other cluster.
    const a = (sizes[own] - 1 - (toCluster[own] - self)) / (sizes[own] - 1);
    let b = Infinity;
    for (let j = 0; j < k; j++) if (j !== own && sizes[j] > 0) b = Math.min(b, (sizes[j] - toCluster[j]) / sizes[j]);
    total += b === Infinity ? 0 : (b - a) / Math.max(a, b);
  }
  return total / n;
}
