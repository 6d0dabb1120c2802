import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../../..');
const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const atLeast = (v: string, min: string) => {
  const [a, b] = [v, min].map((s) => s.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

/** Dependencies once found inside a published advisory's range stay out of it (issue 15, item 10). */
describe('dependencies with published advisories', () => {
  it('nodemailer is 7.0.11 or later (the advisory’s fixed version), installed and pinned in package.json', () => {
    expect(atLeast(version('nodemailer'), '7.0.11')).toBe(true);
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies
      .nodemailer;
    expect(atLeast(pinned.replace(/^[\^~]/, ''), '7.0.11')).toBe(true);
    expect(atLeast('7.0.10', '7.0.11')).toBe(false);
  });
});
