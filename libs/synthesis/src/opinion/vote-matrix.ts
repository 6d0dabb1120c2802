import type { Vote } from './opinion-types';

export interface VoteData {
  /** Participants kept (enough votes), in order of first vote. */
  participants: string[];
  excluded: string[];
  statements: string[];
  /** Dense participant x statement votes (1, -1, 0) and whether a vote exists. */
  matrix: Int8Array;
  voted: Uint8Array;
  voteCounts: Int32Array;
  /** Deduplicated votes, for the input hash. */
  canonical: [string, string, number][];
  warnings: string[];
}

/** The last vote of a participant on a statement wins (people change their minds). */
export function readVotes(votes: readonly Vote[], minVotes: number): VoteData {
  const warnings: string[] = [];
  const last = new Map<string, Map<string, number>>();
  const statementOrder = new Map<string, number>();
  let invalid = 0;
  for (const v of votes) {
    if (
      !v ||
      typeof v.participantId !== 'string' ||
      typeof v.statementId !== 'string' ||
      typeof v.vote !== 'number' ||
      Number.isNaN(v.vote)
    ) {
      invalid++;
      continue;
    }
    if (!statementOrder.has(v.statementId)) statementOrder.set(v.statementId, statementOrder.size);
    let row = last.get(v.participantId);
    if (!row) last.set(v.participantId, (row = new Map()));
    row.set(v.statementId, Math.sign(v.vote));
  }
  if (invalid) warnings.push(`${invalid} malformed votes ignored`);
  const statements = [...statementOrder.keys()];
  const participants: string[] = [];
  const excluded: string[] = [];
  for (const [id, row] of last) (row.size >= minVotes ? participants : excluded).push(id);
  if (excluded.length) warnings.push(`${excluded.length} participants with fewer than ${minVotes} votes left out of the groups`);
  const m = statements.length;
  const matrix = new Int8Array(participants.length * m);
  const voted = new Uint8Array(participants.length * m);
  const voteCounts = new Int32Array(participants.length);
  const canonical: [string, string, number][] = [];
  participants.forEach((id, i) => {
    for (const [s, value] of last.get(id)!) {
      const j = statementOrder.get(s)!;
      matrix[i * m + j] = value;
      voted[i * m + j] = 1;
      voteCounts[i]++;
      canonical.push([id, s, value]);
    }
  });
  for (const id of excluded) for (const [s, value] of last.get(id)!) canonical.push([id, s, value]);
  return { participants, excluded, statements, matrix, voted, voteCounts, canonical, warnings };
}
