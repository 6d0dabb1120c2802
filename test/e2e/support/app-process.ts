import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the API tests' own port finder, not a package export
export { freePort } from '../../../apps/api/test-support/api-process';

export const ROOT = resolve(__dirname, '../../..');

/**
 * `npm start` in its two steps, with the output in `out` (a file descriptor). Jest's NODE_ENV=test must reach
 * the API (no job runner, no warm-up) but not the build, where Vite would make React's development bundle. Built
 * as a user builds (NODE_ENV unset, and part of the build's cache key in nx.json), it is the build `npm test`
 * made before: a cache hit that never rewrites the files a running app serves.
 */
export function startLikeNpmStart(env: NodeJS.ProcessEnv, out: number): ChildProcess {
  const buildEnv = { ...env };
  delete buildEnv.NODE_ENV;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: buildEnv, stdio: ['ignore', out, out] });
  return spawn('node', ['apps/api/dist/main.js'], { cwd: ROOT, env, detached: true, stdio: ['ignore', out, out] });
}
