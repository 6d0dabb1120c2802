import { weightedPick } from '../util/random';

export interface PointClustering {
  k: number;
  assign: Int32Array;
  centres: Float64Array;
  inertia: number;
}

/** Euclidean k-means on 2-D points with k-means++ seeding and a few seeded restarts. */
export function kMeans2d(xs: Float64Array, ys: Float64Array, k: number, random: () => number, restarts = 4): PointClustering {
  const n = xs.length;
  let best: PointClustering | undefined;
  for (let run = 0; run < restarts; run++) {
    const centres = new Float64Array(2 * k);
    const first = Math.floor(random() * n);
    centres[0] = xs[first];
    centres[1] = ys[first];
    const d2 = new Float64Array(n).fill(Infinity);
    for (let c = 1; c < k; c++) {
      for (let i = 0; i < n; i++) {
        const dx = xs[i] - centres[2 * c - 2];
        const dy = ys[i] - centres[2 * c - 1];
        d2[i] = Math.min(d2[i], dx * dx + dy * dy);
      }
      const pick = weightedPick(d2, random);
      centres[2 * c] = xs[pick];
      centres[2 * c + 1] = ys[pick];
    }
    const assign = new Int32Array(n).fill(-1);
    let inertia = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let changed = false;
      inertia = 0;
      for (let i = 0; i < n; i++) {
        let bestC = 0;
        let bestD = Infinity;
        for (let c = 0; c < k; c++) {
          const dx = xs[i] - centres[2 * c];
          const dy = ys[i] - centres[2 * c + 1];
          const d = dx * dx + dy * dy;
          if (d < bestD) [bestD, bestC] = [d, c];
        }
        if (assign[i] !== bestC) changed = true;
        assign[i] = bestC;
        inertia += bestD;
      }
      if (!changed) break;
      const sums = new Float64Array(3 * k);
      for (let i = 0; i < n; i++) {
        sums[3 * assign[i]] += xs[i];
        sums[3 * assign[i] + 1] += ys[i];
        sums[3 * assign[i] + 2]++;
      }
      for (let c = 0; c < k; c++) {
        if (sums[3 * c + 2] === 0) continue; // keeps its old centre
        centres[2 * c] = sums[3 * c] / sums[3 * c + 2];
        centres[2 * c + 1] = sums[3 * c + 1] / sums[3 * c + 2];
      }
    }
    if (!best || inertia < best.inertia - 1e-12) best = { k, assign, centres, inertia };
  }
  return best!;
}

/** Mean silhouette with Euclidean distance, on the points listed in `sample`. */
export function silhouette2d(xs: Float64Array, ys: Float64Array, assign: Int32Array, k: number, sample: number[]): number {
  const sizes = new Int32Array(k);
  for (const i of sample) sizes[assign[i]]++;
  const sums = new Float64Array(k);
  let total = 0;
  for (const i of sample) {
    sums.fill(0);
    for (const j of sample) {
      const dx = xs[i] - xs[j];
      const dy = ys[i] - ys[j];
      sums[assign[j]] += Math.sqrt(dx * dx + dy * dy); // Math.hypot is several times slower
    }
    const own = assign[i];
    if (sizes[own] <= 1) continue;
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    const denominator = Math.max(a, b);
    total += b === Infinity || denominator === 0 ? 0 : (b - a) / denominator;
  }
  return total / Math.max(1, sample.length);
}
