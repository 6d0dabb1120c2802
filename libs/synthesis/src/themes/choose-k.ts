import type { SparseMatrix } from './features';
import { dotRow, silhouette, sphericalKMeans, type Clustering } from './spherical-kmeans';

/** A smaller number of themes is preferred while its silhouette is at least this share of the best. */
const PARSIMONY = 0.95;
/** Rows x restarts of k-means per tried k, and the most restarts. */
const RESTART_BUDGET = 2400;
const MAX_RESTARTS = 8;

export interface ChosenClustering extends Clustering {
  silhouette: number;
}

/**
 * Picks the number of themes by mean silhouette on a sample, then clusters all rows from the sample's centres.
 */
export function chooseClustering(
  m: SparseMatrix,
  rows: number[],
  sample: number[],
  minK: number,
  maxK: number,
  random: () => number,
  mergeSimilarity = 1.01,
): ChosenClustering {
  if (rows.length === 0)
    return {
      k: 0,
      assign: new Int32Array(0),
      similarity: new Float32Array(0),
      centroids: new Float64Array(0),
      objective: 0,
      silhouette: 0,
    };
  if (maxK < 2 || rows.length < 4) {
    return { ...sphericalKMeans(m, rows, 1, random), silhouette: 0 };
  }
  // k-means from k-means++ seeds lands in a local optimum; the best of several restarts is kept.
  // A fixed budget of rows x restarts: a small consultation, where one unlucky seed costs a
  // theme, gets up to 8 restarts for almost nothing; a large sample gets 2.
  const restarts = Math.min(MAX_RESTARTS, Math.max(2, Math.floor(RESTART_BUDGET / sample.length)));
  let best: { k: number; score: number; centroids: Float64Array } | undefined;
  const tried: { k: number; score: number; centroids: Float64Array }[] = [];
  for (let k = Math.max(2, minK); k <= maxK; k++) {
    let bestRun: Clustering | undefined;
    for (let restart = 0; restart < restarts; restart++) {
      const run = sphericalKMeans(m, sample, k, random, undefined, 15);
      if (!bestRun || run.objective > bestRun.objective) bestRun = run;
    }
    const score = silhouette(m, sample, bestRun!.assign, k);
    tried.push({ k, score, centroids: bestRun!.centroids });
    if (!best || score > best.score + 1e-9) best = { k, score, centroids: bestRun!.centroids };
  }
  // Fewer, broader themes when they separate almost as well: the smallest k within
  // PARSIMONY of the best silhouette (more themes split one subject by its wording).
  best = tried.find((t) => t.score >= best!.score * PARSIMONY) ?? best;
  const final = sphericalKMeans(m, rows, best!.k, random, best!.centroids, 20);
  return { ...mergeCloseClusters(m, rows, final, mergeSimilarity), silhouette: best!.score };
}

/**
 * Merges clusters whose centres are closer than `threshold` (cosine), closest pair first.
 * Silhouette on texts often splits one topic by language (each language has its own
 * phrases); the centres of such halves still share concepts and cognates, unlike topics.
 */
export function mergeCloseClusters(m: SparseMatrix, rows: number[], clustering: Clustering, threshold: number): Clustering {
  const { dim } = m;
  let k = clustering.k;
  const centroids = Float64Array.from(clustering.centroids);
  const assign = Int32Array.from(clustering.assign);
  const sizes = new Float64Array(k);
  for (const a of assign) sizes[a]++;
  const alive = new Uint8Array(k).fill(1);
  const cosine = (a: number, b: number) => {
    let s = 0;
    for (let d = 0; d < dim; d++) s += centroids[a * dim + d] * centroids[b * dim + d];
    return s;
  };
  for (;;) {
    let best = [-1, -1];
    let bestS = threshold;
    for (let a = 0; a < k; a++)
      for (let b = a + 1; b < k; b++) {
        if (!alive[a] || !alive[b]) continue;
        const s = cosine(a, b);
        if (s >= bestS) [bestS, best] = [s, [a, b]];
      }
    if (best[0] < 0) break;
    const [a, b] = best;
    let norm = 0;
    for (let d = 0; d < dim; d++) {
      const v = sizes[a] * centroids[a * dim + d] + sizes[b] * centroids[b * dim + d];
      centroids[a * dim + d] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) centroids[a * dim + d] /= norm;
    sizes[a] += sizes[b];
    alive[b] = 0;
    for (let i = 0; i < assign.length; i++) if (assign[i] === b) assign[i] = a;
  }
  // Renumber the surviving clusters and measure each row against its (new) centre.
  const renumber = new Int32Array(k).fill(-1);
  let next = 0;
  for (let c = 0; c < k; c++) if (alive[c]) renumber[c] = next++;
  const packed = new Float64Array(next * dim);
  for (let c = 0; c < k; c++) if (alive[c]) packed.set(centroids.subarray(c * dim, (c + 1) * dim), renumber[c] * dim);
  k = next;
  const similarity = new Float32Array(assign.length);
  let objective = 0;
  for (let i = 0; i < assign.length; i++) {
    assign[i] = renumber[assign[i]];
    similarity[i] = dotRow(m, rows[i], packed, assign[i] * dim);
    objective += similarity[i];
  }
  return { k, assign, similarity, centroids: packed, objective };
}
