/** Percentiles and rounding for the benchmarks' tables. */
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

export const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];

export const p95 = (values: number[]) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};

/** One decimal. */
export const round = (n: number) => Math.round(n * 10) / 10;
