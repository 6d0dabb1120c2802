import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the API tests' own port finder, not a package export
export { freePort } from '../../../apps/api/test-support/api-process';

export const ROOT = resolve(__dirname, '../../..');

/**
 * `npm start`'s first step, with the output in `out` (a file descriptor). Jest's NODE_ENV=test must reach the
 * API (no job runner, no warm-up) but not the build, where Vite would make React's development bundle; built
 * as a user builds (NODE_ENV unset, part of the build's cache key in nx.json), it is the build `npm test` made.
 * Only the e2e global set-up builds, before any test runs: without the Nx daemon (CI) a cache hit rewrites the
 * outputs, and a build during the run pulled `apps/api/dist` from under the API processes other tests start.
 */
export function buildLikeNpmStart(env: NodeJS.ProcessEnv, out: number): void {
  const buildEnv = { ...env };
  delete buildEnv.NODE_ENV;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: buildEnv, stdio: ['ignore', out, out] });
}

/** `npm start`'s second step: the built API (which serves the web app), in a process group of its own. */
export function startBuiltApp(env: NodeJS.ProcessEnv, out: number): ChildProcess {
  return spawn('node', ['apps/api/dist/main.js'], { cwd: ROOT, env, detached: true, stdio: ['ignore', out, out] });
}
