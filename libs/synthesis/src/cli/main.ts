/**
 * Command line: `npm run synth -- polis <dir> [--seed N]` prints the opinion groups of a
 * Polis export as one JSON object; `npm run synth -- themes <file.json>` prints the themes
 * of a JSON array of contributions. The only file in the library that does I/O.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { polisReport } from '../polis/polis-export';
import { extractThemes } from '../themes/extract-themes';

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function main(argv: string[]): number {
  const [command, target, ...rest] = argv;
  const seedAt = rest.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(rest[seedAt + 1]) : undefined;
  if (command === 'polis' && target) {
    const files = {
      comments: read(join(target, 'comments.csv')),
      votes: read(join(target, 'votes.csv')),
      participantsVotes: read(join(target, 'participants-votes.csv')),
    };
    if (!files.votes && !files.participantsVotes) {
      process.stderr.write(`No votes.csv or participants-votes.csv in ${target}\n`);
      return 2;
    }
    process.stdout.write(`${JSON.stringify(polisReport(files, { seed }))}\n`);
    return 0;
  }
  if (command === 'themes' && target) {
    const contributions = JSON.parse(readFileSync(target, 'utf8'));
    process.stdout.write(`${JSON.stringify(extractThemes(contributions, { seed }))}\n`);
    return 0;
  }
  process.stderr.write('Usage: synth polis <export-dir> [--seed N] | synth themes <contributions.json> [--seed N]\n');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
