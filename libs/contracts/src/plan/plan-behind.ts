import { z } from 'zod';
import { LANGUAGES, languageSchema, type Language, type TranslatedText } from '../common/languages';

/**
 * Which languages of a plan section are behind (issue 16): per translatable field and language, the
 * section revision at which that text last changed. One rule, shared by the API (which records the
 * revisions on every write) and the editor (which lists what is behind).
 */

/** Field key ("title", "paragraphs.<id>", ...) -> language -> the section revision its text last changed at (0 when absent). */
export const textRevisionsSchema = z.record(z.string().min(1).max(120), z.partialRecord(languageSchema, z.number().int().min(0)));
export type TextRevisions = z.infer<typeof textRevisionsSchema>;

/** What the rule reads of a section's content (a structural subset of SectionContent). */
export interface TranslatableContent {
  title: TranslatedText;
  paragraphs: { id: string; text: TranslatedText }[];
  expectedResults: { id: string; text: TranslatedText }[];
  indicators: { id: string; name: TranslatedText }[];
  leadDepartment?: TranslatedText | null;
  budget?: { line: TranslatedText } | null;
  changed?: TextRevisions;
}

/** A section's translatable texts, keyed as their "to review" marks are. */
export function sectionTextFields(content: TranslatableContent): { field: string; text: TranslatedText }[] {
  return [
    { field: 'title', text: content.title },
    ...content.paragraphs.map((p) => ({ field: `paragraphs.${p.id}`, text: p.text })),
    ...content.expectedResults.map((p) => ({ field: `expectedResults.${p.id}`, text: p.text })),
    ...content.indicators.map((i) => ({ field: `indicators.${i.id}.name`, text: i.name })),
    ...(content.leadDepartment ? [{ field: 'leadDepartment', text: content.leadDepartment }] : []),
    ...(content.budget ? [{ field: 'budget.line', text: content.budget.line }] : []),
  ];
}

const written = (text: TranslatedText, lang: Language) => !!text[lang]?.trim();

/**
 * The text revisions after a write at `revision`. A language's entry moves only when its text changed:
 * to `revision` when it was up to date (others are now behind it), to the newest revision of the other
 * languages when it was behind or newly added (a translation catching up is not a change the others
 * lack). A text filled by machine now (`filled`, the fill's marks) is as fresh as its source language's.
 * The client's `changed` is never read: only `previous` (the stored content) counts. Zeros are left out.
 */
export function trackTextRevisions(
  previous: TranslatableContent | null,
  next: TranslatableContent,
  revision: number,
  filled: { field: string; language: Language; from: Language }[] = [],
): TextRevisions {
  const before = new Map(previous ? sectionTextFields(previous).map((f) => [f.field, f.text] as const) : []);
  const out: TextRevisions = {};
  for (const { field, text } of sectionTextFields(next)) {
    const old = before.get(field) ?? {};
    const oldRev = (l: Language) => (written(old, l) ? (previous?.changed?.[field]?.[l] ?? 0) : undefined);
    const revs: Partial<Record<Language, number>> = {};
    // Only a text the fill wrote now: an older machine text left unchanged keeps its revision.
    const machine = new Map(
      filled.filter((m) => m.field === field && old[m.language] !== text[m.language]).map((m) => [m.language, m.from] as const),
    );
    for (const l of LANGUAGES) {
      if (!written(text, l) || machine.has(l)) continue;
      const mine = oldRev(l);
      if (mine !== undefined && old[l] === text[l]) {
        revs[l] = mine;
        continue;
      }
      const others = LANGUAGES.filter((o) => o !== l)
        .map(oldRev)
        .filter((r): r is number => r !== undefined);
      const newest = others.length ? Math.max(...others) : undefined;
      revs[l] = newest !== undefined && (mine === undefined || mine < newest) ? newest : revision;
    }
    for (const [l, from] of machine) if (written(text, l)) revs[l] = revs[from] ?? oldRev(from) ?? revision;
    const kept = Object.fromEntries(Object.entries(revs).filter(([, r]) => r > 0));
    if (Object.keys(kept).length) out[field] = kept;
  }
  return out;
}

/** A language whose text of `field` is older than another language's: `since` is the language that changed it. */
export interface BehindText {
  field: string;
  language: Language;
  since: Language;
}

/** The texts behind: written, and older than the newest revision of another language of the same field. */
export function behindTexts(content: TranslatableContent, languages: readonly Language[] = LANGUAGES): BehindText[] {
  const out: BehindText[] = [];
  for (const { field, text } of sectionTextFields(content)) {
    const present = languages.filter((l) => written(text, l));
    const rev = (l: Language) => content.changed?.[field]?.[l] ?? 0;
    for (const language of present) {
      const newer = present.filter((o) => o !== language && rev(o) > rev(language));
      if (!newer.length) continue;
      const since = newer.reduce((a, b) => (rev(b) > rev(a) ? b : a));
      out.push({ field, language, since });
    }
  }
  return out;
}
