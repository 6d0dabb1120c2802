import { canonicalJson, hashString, round } from '../util/hash';
import { createRandom, sampleIndices } from '../util/random';
import { kMeans2d, silhouette2d, type PointClustering } from './kmeans-2d';
import type { ConsensusStatement, OpinionGroup, OpinionOptions, OpinionResult, Vote } from './opinion-types';
import { principalComponents } from './pca';
import { proportionZ, repness, repnessMetric, statementStats, Z_90, type Tally } from './repness';
import { readVotes } from './vote-matrix';

export const OPINION_ENGINE_VERSION = 'polyphony-synthesis/opinion@1';
const DEFAULTS: Required<OpinionOptions> = { seed: 42, minVotes: 7, minGroups: 2, maxGroups: 5, repStatements: 5 };

/**
 * Votes -> opinion groups, the Polis way: participants with enough votes, mean imputation,
 * two principal components, k-means with k chosen by silhouette, then per-group
 * representative statements and cross-group consensus.
 */
export function opinionGroups(votes: readonly Vote[], options: OpinionOptions = {}): OpinionResult {
  const parameters = {
    ...DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Required<OpinionOptions>;
  const data = readVotes(Array.isArray(votes) ? votes : [], parameters.minVotes);
  const { participants, statements, matrix, voted, warnings } = data;
  const n = participants.length;
  const m = statements.length;
  // Hashing a plain text rendering is much faster than canonical JSON for 10^5+ votes.
  const inputHash = hashString(`${canonicalJson(parameters)}\n${data.canonical.map((v) => v.join('\t')).join('\n')}`);
  const empty = (): OpinionResult => ({
    engine: OPINION_ENGINE_VERSION,
    inputHash,
    parameters: { ...parameters, groupCount: 0, silhouette: 0, explainedVariance: [0, 0] },
    groups: [],
    participants: [],
    excludedParticipants: data.excluded,
    consensus: [],
    groupInformedConsensus: [],
    statements,
    warnings,
  });
  if (n < 2 * Math.max(2, parameters.minGroups) || m < 2) {
    warnings.push(`too few participants (${n}) or statements (${m}) with at least ${parameters.minVotes} votes to form groups`);
    return empty();
  }

  // Mean imputation then centring: a missing vote becomes the column mean, i.e. 0 once centred.
  const means = new Float64Array(m);
  const seen = new Int32Array(m);
  for (let i = 0; i < n * m; i++) {
    if (!voted[i]) continue;
    means[i % m] += matrix[i];
    seen[i % m]++;
  }
  for (let j = 0; j < m; j++) means[j] = seen[j] ? means[j] / seen[j] : 0;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + data.voteCounts[i];
  const indices = new Int32Array(offsets[n]);
  const values = new Float64Array(offsets[n]);
  for (let i = 0, p = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (!voted[i * m + j]) continue;
      indices[p] = j;
      values[p++] = matrix[i * m + j] - means[j];
    }
  }
  const pca = principalComponents({ rows: n, cols: m, offsets, indices, values });
  // Polis scales sparse voters outwards so that they are not all pulled to the centre.
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const scale = Math.sqrt(m / Math.max(1, data.voteCounts[i]));
    xs[i] = pca.scores[0][i] * scale;
    ys[i] = (pca.scores[1]?.[i] ?? 0) * scale;
  }

  const random = createRandom(parameters.seed);
  const sample = sampleIndices(n, 1500, random);
  let best: (PointClustering & { score: number }) | undefined;
  for (let k = Math.max(2, parameters.minGroups); k <= Math.min(parameters.maxGroups, n - 1); k++) {
    const run = kMeans2d(xs, ys, k, random);
    const score = silhouette2d(xs, ys, run.assign, k, sample);
    if (!best || score > best.score + 1e-9) best = { ...run, score };
  }
  const clustering = best!;

  // Groups numbered by size (largest first), ties by first member.
  const members: number[][] = Array.from({ length: clustering.k }, () => []);
  for (let i = 0; i < n; i++) members[clustering.assign[i]].push(i);
  const order = members
    .map((g, c) => ({ g, c }))
    .filter((x) => x.g.length > 0)
    .sort((a, b) => b.g.length - a.g.length || a.g[0] - b.g[0]);
  const groupOf = new Int32Array(n);
  order.forEach(({ g }, id) => g.forEach((i) => (groupOf[i] = id)));

  const tallies = order.map(({ g }) => statements.map((_, j) => tally(g, j, m, matrix, voted)));
  const total = statements.map((_, j) =>
    tally(
      participants.map((_, i) => i),
      j,
      m,
      matrix,
      voted,
    ),
  );
  const outside = (gi: number, j: number): Tally => ({
    agree: total[j].agree - tallies[gi][j].agree,
    disagree: total[j].disagree - tallies[gi][j].disagree,
    seen: total[j].seen - tallies[gi][j].seen,
  });

  const groups: OpinionGroup[] = order.map(({ g }, gi) => {
    const candidates = statements.map((s, j) => repness(s, tallies[gi][j], outside(gi, j))).filter((r) => r.zDifference > 0);
    candidates.sort(
      (a, b) =>
        Number(b.significant) - Number(a.significant) || repnessMetric(b) - repnessMetric(a) || (a.statementId < b.statementId ? -1 : 1),
    );
    return {
      id: gi,
      participantIds: g.map((i) => participants[i]),
      size: g.length,
      representative: candidates.slice(0, parameters.repStatements),
    };
  });

  const consensus: ConsensusStatement[] = [];
  statements.forEach((s, j) => {
    for (const direction of ['agree', 'disagree'] as const) {
      const minP = Math.min(...tallies.map((t) => (t[j][direction] + 1) / (t[j].seen + 2)));
      if (minP >= 0.6 && proportionZ(total[j][direction], total[j].seen) > Z_90) {
        consensus.push({ statementId: s, direction, minGroupProbability: round(minP), overall: statementStats(s, total[j]) });
      }
    }
  });
  consensus.sort((a, b) => b.minGroupProbability - a.minGroupProbability || (a.statementId < b.statementId ? -1 : 1));
  const groupInformedConsensus = statements
    .map((s, j) => ({
      statementId: s,
      score: round(
        tallies.reduce((p, t) => p * ((t[j].agree + 1) / (t[j].seen + 2)), 1),
        6,
      ),
    }))
    .sort((a, b) => b.score - a.score || (a.statementId < b.statementId ? -1 : 1));

  return {
    ...empty(),
    parameters: {
      ...parameters,
      groupCount: groups.length,
      silhouette: round(clustering.score),
      explainedVariance: [round(pca.explained[0] ?? 0), round(pca.explained[1] ?? 0)],
    },
    groups,
    participants: participants.map((id, i) => ({ id, x: round(xs[i]), y: round(ys[i]), group: groupOf[i], votes: data.voteCounts[i] })),
    consensus,
    groupInformedConsensus,
  };
}

function tally(rows: number[], j: number, m: number, matrix: Int8Array, voted: Uint8Array): Tally {
  const t: Tally = { agree: 0, disagree: 0, seen: 0 };
  for (const i of rows) {
    if (!voted[i * m + j]) continue;
    t.seen++;
    if (matrix[i * m + j] > 0) t.agree++;
    else if (matrix[i * m + j] < 0) t.disagree++;
  }
  return t;
}
