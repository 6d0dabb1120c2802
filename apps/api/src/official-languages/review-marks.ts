import type { ReviewMark } from '@polyphony/contracts';
import type { OfficialField } from './official-languages.service';

/** Some official content's translatable texts with its stored "to review" marks. */
export interface MarkedFields {
  fields: OfficialField[];
  review: ReviewMark[];
}

const markKey = (m: Pick<ReviewMark, 'field' | 'language'>) => `${m.field}\u0000${m.language}`;

function textsByKey(fields: OfficialField[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) for (const [lang, text] of Object.entries(f.text)) if (text?.trim()) out.set(`${f.field}\u0000${lang}`, text);
  return out;
}

/**
 * The marks a save keeps: only marks the server set before (a client cannot mark a text as machine
 * made), and only while their text is unchanged (an official's edit is a review). A mark the client
 * leaves out is an approval. `added` are the marks the server sets now (a fill).
 */
export function carryReviewMarks(previous: MarkedFields | null, next: MarkedFields, added: ReviewMark[] = []): ReviewMark[] {
  const before = previous ? textsByKey(previous.fields) : new Map<string, string>();
  const after = textsByKey(next.fields);
  const had = new Set((previous?.review ?? []).map(markKey));
  const out = new Map<string, ReviewMark>();
  for (const m of next.review) {
    const key = markKey(m);
    if (had.has(key) && after.has(key) && before.get(key) === after.get(key)) out.set(key, m);
  }
  for (const m of added) if (after.has(markKey(m))) out.set(markKey(m), m);
  return [...out.values()].sort((a, b) => a.field.localeCompare(b.field) || a.language.localeCompare(b.language));
}

/** The marks without the one of `field` in `language` (an official approved the machine's text as it is); null when there was none. */
export function withoutReviewMark(review: ReviewMark[], field: string, language: string): ReviewMark[] | null {
  const kept = review.filter((m) => !(m.field === field && m.language === language));
  return kept.length === review.length ? null : kept;
}
