import { threadId } from 'node:worker_threads';

/** A task for the jobs test: which thread ran it. */
export function whichThread(): number {
  return threadId;
}
