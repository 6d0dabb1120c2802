/**
 * The first two principal components of a column-centred matrix by block power (subspace)
 * iteration: X^T (X V) never forms the covariance matrix, and the matrix is sparse (CSR):
 * after mean imputation and centring a missing vote is exactly 0, so an iteration costs
 * O(votes). Iterating both vectors together converges even when the two leading
 * eigenvalues are close (three camps of similar size), where one-at-a-time power
 * iteration crawls. A final 2x2 Rayleigh-Ritz step orders and separates the components.
 */
export interface CsrMatrix {
  rows: number;
  cols: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface Pca {
  components: Float64Array[];
  /** Projection of each row: scores[c][row]. */
  scores: Float64Array[];
  /** Share of the total variance along each component. */
  explained: number[];
}

function multiply(x: CsrMatrix, v: Float64Array): Float64Array {
  const out = new Float64Array(x.rows);
  for (let r = 0; r < x.rows; r++) {
    let s = 0;
    for (let p = x.offsets[r]; p < x.offsets[r + 1]; p++) s += x.values[p] * v[x.indices[p]];
    out[r] = s;
  }
  return out;
}

/** X^T (X v) */
function gram(x: CsrMatrix, v: Float64Array): Float64Array {
  const xv = multiply(x, v);
  const out = new Float64Array(x.cols);
  for (let r = 0; r < x.rows; r++) {
    if (xv[r] === 0) continue;
    for (let p = x.offsets[r]; p < x.offsets[r + 1]; p++) out[x.indices[p]] += x.values[p] * xv[r];
  }
  return out;
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i], 0);

function orthonormalise(a: Float64Array, b: Float64Array): void {
  const na = Math.sqrt(dot(a, a)) || 1;
  for (let i = 0; i < a.length; i++) a[i] /= na;
  const d = dot(a, b);
  for (let i = 0; i < b.length; i++) b[i] -= d * a[i];
  const nb = Math.sqrt(dot(b, b)) || 1;
  for (let i = 0; i < b.length; i++) b[i] /= nb;
}

export function principalComponents(x: CsrMatrix, iterations = 300): Pca {
  const { cols } = x;
  let total = 0;
  for (const v of x.values) total += v * v;
  // Deterministic, non-degenerate start vectors.
  let a: Float64Array = Float64Array.from({ length: cols }, (_, j) => 1 + ((j * 7919) % 13) / 13);
  let b: Float64Array = Float64Array.from({ length: cols }, (_, j) => ((j * 104729) % 17) / 17 - 0.5);
  orthonormalise(a, b);
  for (let it = 0; it < iterations; it++) {
    const na = gram(x, a);
    const nb = gram(x, b);
    orthonormalise(na, nb);
    // Converged when the new basis spans the old one.
    const residual = 2 - (dot(na, a) ** 2 + dot(na, b) ** 2 + dot(nb, a) ** 2 + dot(nb, b) ** 2);
    a = na;
    b = nb;
    if (residual < 1e-10) break;
  }
  // Rayleigh-Ritz on span(a, b): eigenvectors of the 2x2 matrix [a b]^T X^T X [a b].
  const ga = gram(x, a);
  const gb = gram(x, b);
  const h11 = dot(a, ga);
  const h12 = dot(a, gb);
  const h22 = dot(b, gb);
  const theta = 0.5 * Math.atan2(2 * h12, h11 - h22);
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  const first = a.map((v, j) => c * v + s * b[j]);
  const second = a.map((v, j) => -s * v + c * b[j]);
  const components = [first, second].map((v) => {
    // Sign convention: the largest loading is positive, so maps do not flip between runs.
    let largest = 0;
    for (let j = 1; j < cols; j++) if (Math.abs(v[j]) > Math.abs(v[largest])) largest = j;
    return v[largest] < 0 ? v.map((y) => -y) : v;
  });
  const eigen = components.map((v) => dot(v, gram(x, v)));
  if (eigen[1] > eigen[0]) {
    components.reverse();
    eigen.reverse();
  }
  return { components, scores: components.map((v) => multiply(x, v)), explained: eigen.map((e) => (total > 0 ? e / total : 0)) };
}
