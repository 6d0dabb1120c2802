import type { Language, TextFormat, TranslatedOfficialText, TranslateOfficialResponse } from '@polyphony/contracts';
import { OFFICIAL_TRANSLATE_LIMITS } from '@polyphony/contracts';
import { api } from '../../app/api-client';

/**
 * The reader-side store of machine translations of official texts (issue 13, item 4): every field the
 * page shows that lacks the reader's language is asked for once, batched with the others rendered in
 * the same moment (one request per 100 texts), and kept for the session. The server translates each
 * text once per language (its cache), so a second reader costs a lookup.
 */
export type Entry = { state: 'pending' } | { state: 'done'; result: TranslatedOfficialText } | { state: 'failed'; available: boolean };

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

async function flush() {
  scheduled = false;
  const batch = queue;
  queue = [];
  const byTarget = new Map<Language, typeof batch>();
  for (const w of batch) byTarget.set(w.to, [...(byTarget.get(w.to) ?? []), w]);
  await Promise.all(
    [...byTarget.entries()].flatMap(([to, items]) => {
      const chunks: (typeof batch)[] = [];
      for (let i = 0; i < items.length; i += OFFICIAL_TRANSLATE_LIMITS.texts)
        chunks.push(items.slice(i, i + OFFICIAL_TRANSLATE_LIMITS.texts));
      return chunks.map(async (chunk) => {
        try {
          const res = await api<TranslateOfficialResponse>('/api/official-texts/translations', {
            method: 'POST',
            body: {
              to,
              texts: chunk.map((w) => ({ from: w.from, text: w.text.slice(0, OFFICIAL_TRANSLATE_LIMITS.chars), format: w.format })),
            },
          });
          chunk.forEach((w, i) => {
            const result = res.results[i];
            entries.set(w.key, result ? { state: 'done', result } : { state: 'failed', available: res.available });
          });
        } catch {
          for (const w of chunk) entries.set(w.key, { state: 'failed', available: true });
        }
      });
    }),
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
