import { TRANSLATION_LIMITS, type Language, type TextFormat, ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';

/**
 * The reader-side store of machine translations of official texts (issue 13, item 4): every field the
 * page shows that lacks the reader's language is asked for once, batched with the others rendered in
 * the same moment (POST /api/translations, the translation service's endpoint, within its limits), and
 * kept for the session. The server translates each text once per language (its cache), so a second
 * reader costs a lookup.
 */
export interface Translated {
  text: string;
  html: string | null;
}
export type Entry = { state: 'pending' } | { state: 'done'; result: Translated } | { state: 'failed'; available: boolean };

interface Wanted {
  to: Language;
  from: Language;
  text: string;
  format: TextFormat;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
let queue: (Wanted & { key: string })[] = [];
let scheduled = false;
let version = 0;

const keyOf = (w: Wanted) => `${w.to}\u0000${w.from}\u0000${w.format}\u0000${w.text}`;

function changed() {
  version++;
  for (const l of listeners) l();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getVersion = () => version;

function chunks<T extends { text: string }>(items: T[]): T[][] {
  const out: T[][] = [];
  let chunk: T[] = [];
  let chars = 0;
  for (const item of items) {
    if (chunk.length >= TRANSLATION_LIMITS.items || chars + item.text.length > TRANSLATION_LIMITS.totalChars) {
      out.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(item);
    chars += item.text.length;
  }
  if (chunk.length) out.push(chunk);
  return out;
}

async function flush() {
  scheduled = false;
  const batch = queue;
  queue = [];
  const byTarget = new Map<Language, typeof batch>();
  for (const w of batch) {
    // Longer than the service takes: said to be unavailable rather than sent and refused.
    if (w.text.length > TRANSLATION_LIMITS.textChars) entries.set(w.key, { state: 'failed', available: true });
    else byTarget.set(w.to, [...(byTarget.get(w.to) ?? []), w]);
  }
  await Promise.all(
    [...byTarget.entries()].flatMap(([to, items]) =>
      chunks(items).map(async (chunk) => {
        try {
          const res = await call(ROUTES.translation.translate, {
            body: { to, items: chunk.map((w) => ({ text: w.text, from: w.from, format: w.format })) },
          });
          chunk.forEach((w, i) => {
            const item = res.items[i];
            entries.set(
              w.key,
              item?.translation != null
                ? { state: 'done', result: { text: item.translation, html: item.html ?? null } }
                : { state: 'failed', available: res.available },
            );
          });
        } catch {
          for (const w of chunk) entries.set(w.key, { state: 'failed', available: true });
        }
      }),
    ),
  );
  changed();
}

/** The translation of a text if known; else asks for it (batched) and answers `pending`. */
export function lookup(w: Wanted): Entry {
  const key = keyOf(w);
  const found = entries.get(key);
  if (found) return found;
  const pending: Entry = { state: 'pending' };
  entries.set(key, pending);
  queue.push({ ...w, key });
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => void flush(), 10);
  }
  return pending;
}
