// The registry reachable here serves only the Linux builds of some native packages
// (@swc/core, unrs-resolver), so `npm install` leaves their other platforms out of
// package-lock.json and `npm ci` then refuses the lock as out of sync. This adds the
// missing optional platform entries (os/cpu only) so npm ci skips them as it should.
// Run after every `npm install`: node tools/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const platform =
  /-(darwin|linux|win32|freebsd|android|openharmony|wasm32)-([a-z0-9]+)(?:-(gnu|musl|msvc|gnueabihf|musleabihf|eabi|wasi))?$/;
let added = 0;
for (const meta of Object.values(pkgs)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const m = platform.exec(dep);
    if (pkgs[key] || !m) continue;
    const [, os, cpu, libc] = m;
    const entry = { version: range.replace(/^[\^~=]/, ''), cpu: [cpu], optional: true, os: [os] };
    if (meta.dev) entry.dev = true;
    if (libc === 'gnu' || libc === 'musl') entry.libc = [libc === 'gnu' ? 'glibc' : 'musl'];
    pkgs[key] = entry;
    added++;
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-platforms: added ${added} optional platform entries`);
