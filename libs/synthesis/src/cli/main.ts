/**
 * Command line: `npm run synth -- polis <dir> [--seed N]` prints the opinion groups of a
 * Polis export as one JSON object; `npm run synth -- themes <file.json> [--seed N]
 * [--language fr|es|ca|en] [--no-translate]` prints the themes of a JSON array of
 * contributions (`id`, `text`, optional `language`), through the app's pipeline: texts put into
 * the Spanish pivot by Apertium when it is installed (@polyphony/translation), then themes,
 * labels in the reader's language when `--language` is given. The only file in the library that
 * does I/O.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { polisReport } from '../polis/polis-export';
import { extractThemes } from '../themes/extract-themes';
import { localiseThemes, withPivots, type TranslateTexts } from '../themes/pivot';

interface TranslatorLike {
  engine: string;
  engineVersion: string;
  available(): Promise<{ available: boolean; reason?: string }>;
  translate(texts: string[], from: string, to: string): Promise<string[]>;
  close(): Promise<void>;
}

/** The translation library, built (dist) or from source under tsx; none when absent. */
function loadTranslator(): TranslatorLike | undefined {
  for (const target of ['@polyphony/translation', join(__dirname, '../../../translation/src/index')]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const lib = require(target) as { createTranslator(config: { engine: 'auto' }): TranslatorLike };
      return lib.createTranslator({ engine: 'auto' });
    } catch {
      // next
    }
  }
  return undefined;
}

async function themesCommand(target: string, rest: string[], seed: number | undefined): Promise<number> {
  const contributions = JSON.parse(readFileSync(target, 'utf8'));
  if (!Array.isArray(contributions)) {
    process.stderr.write(`${target} must hold a JSON array of contributions\n`);
    return 2;
  }
  const languageAt = rest.indexOf('--language');
  const language = languageAt >= 0 ? rest[languageAt + 1] : undefined;
  const translator = rest.includes('--no-translate') ? undefined : loadTranslator();
  // The engine's pipes do not hold the process open (the app's server does): this does meanwhile.
  const alive = setInterval(() => undefined, 60_000);
  try {
    const status = translator ? await translator.available() : { available: false, reason: 'not asked' };
    const translate: TranslateTexts | undefined = translator && status.available ? (t, f, to) => translator.translate(t, f, to) : undefined;
    const input = translate ? await withPivots(contributions, translate) : { contributions, failed: {} };
    const result = extractThemes(input.contributions, { seed });
    const themes = language && translate ? await localiseThemes(result, language, translate) : result.themes;
    const translation = {
      engine: translator?.engine ?? 'none',
      engineVersion: translator?.engineVersion ?? 'none',
      available: status.available,
      ...(status.reason && !status.available ? { reason: status.reason } : {}),
      translated: result.counts.translated,
      failed: input.failed,
    };
    process.stdout.write(`${JSON.stringify({ ...result, themes, translation })}\n`);
    return 0;
  } finally {
    clearInterval(alive);
    await translator?.close();
  }
}

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

async function main(argv: string[]): Promise<number> {
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
  if (command === 'themes' && target) return themesCommand(target, rest, seed);
  process.stderr.write(
    'Usage: synth polis <export-dir> [--seed N] | synth themes <contributions.json> [--seed N] [--language fr|es|ca|en] [--no-translate]\n',
  );
  return 2;
}

void main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
);
