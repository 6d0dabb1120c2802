/**
 * Pure synthesis computations run in worker threads (jobs/worker-pool.ts): no database, no Nest.
 * Each export takes plain data and returns plain data.
 */
import { extractThemes, opinionGroups, type Contribution, type OpinionOptions, type ThemeOptions, type Vote } from '@polyphony/synthesis';
import type { Progress } from '../jobs/worker-pool';

export function themes(input: { contributions: Contribution[]; options: ThemeOptions }, progress?: Progress) {
  progress?.(35, 'analysing');
  const result = extractThemes(input.contributions, input.options);
  progress?.(75, 'analysed');
  // Texts are known to the caller: quotes keep theirs, the rest of the input is not sent back.
  return { ...result, languages: {} };
}

export function opinion(input: { votes: Vote[]; options: OpinionOptions }) {
  return opinionGroups(input.votes, input.options);
}

/** For tests of the job system: a task that fails inside the worker thread. */
export function fail(input: { message: string }): never {
  throw new Error(input.message);
}
