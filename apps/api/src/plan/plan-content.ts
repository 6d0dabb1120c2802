import { createHash } from 'node:crypto';
import { pickTranslation, type Language, type PlanSectionKind, type SectionContent, type TranslatedText } from '@polyphony/contracts';
import { renderMarkdown } from '../core/text/markdown';

/** The fields of a section as stored (what codes and snapshots need). */
export interface SectionShape {
  id: string;
  kind: PlanSectionKind;
  parentId: string | null;
  position: number;
  content: SectionContent;
}

/**
 * Numbering: "G" for the general objective, "O1".."On" for specific objectives, "1".."n" for strategic
 * lines, "2.3" for the third action of the second line; rich-text sections are "T1".."Tn".
 */
export function sectionCodes(sections: Pick<SectionShape, 'id' | 'kind' | 'parentId' | 'position'>[]): Map<string, string> {
  const codes = new Map<string, string>();
  const sorted = [...sections].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const counters: Record<string, number> = {};
  for (const s of sorted) {
    if (s.kind === 'action') continue;
    const n = (counters[s.kind] = (counters[s.kind] ?? 0) + 1);
    codes.set(
      s.id,
      s.kind === 'general_objective' ? 'G' : s.kind === 'specific_objective' ? `O${n}` : s.kind === 'strategic_line' ? String(n) : `T${n}`,
    );
  }
  const perLine: Record<string, number> = {};
  for (const s of sorted) {
    if (s.kind !== 'action') continue;
    const line = s.parentId ? codes.get(s.parentId) : undefined;
    const key = s.parentId ?? '';
    const n = (perLine[key] = (perLine[key] ?? 0) + 1);
    codes.set(s.id, line ? `${line}.${n}` : `A${n}`);
  }
  return codes;
}

/** Sections in reading order: top-level sections by position, each strategic line followed by its actions. */
export function readingOrder<T extends SectionShape>(sections: T[]): T[] {
  const byPosition = (a: T, b: T) => a.position - b.position || a.id.localeCompare(b.id);
  const top = sections.filter((s) => s.kind !== 'action').sort(byPosition);
  const actions = sections.filter((s) => s.kind === 'action').sort(byPosition);
  const out: T[] = [];
  for (const s of top) {
    out.push(s);
    if (s.kind === 'strategic_line') out.push(...actions.filter((a) => a.parentId === s.id));
  }
  const placed = new Set(out.map((s) => s.id));
  out.push(...actions.filter((a) => !placed.has(a.id)));
  return out;
}

/** A stable JSON rendering (sorted keys) for hashing. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sectionHash(s: Omit<SectionShape, 'id'> & { code: string }): string {
  return createHash('sha1')
    .update(canonical({ k: s.kind, p: s.parentId, n: s.position, c: s.code, x: s.content }))
    .digest('hex');
}

/** Drops empty translations so that "" and a missing language compare equal. */
export function cleanText(text: TranslatedText): TranslatedText {
  return Object.fromEntries(Object.entries(text).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as TranslatedText;
}

export function cleanContent(content: SectionContent): SectionContent {
  // No marks, no key: content saved before marks existed keeps its hash (versions compare hashes).
  const { review, changed, ...rest } = content;
  return {
    ...(rest as SectionContent),
    ...(review?.length ? { review } : {}),
    ...(changed && Object.keys(changed).length ? { changed } : {}),
    title: cleanText(content.title),
    paragraphs: content.paragraphs.map((p) => ({ id: p.id, text: cleanText(p.text) })),
    expectedResults: content.expectedResults.map((p) => ({ id: p.id, text: cleanText(p.text) })),
    indicators: content.indicators.map((i) => ({ ...i, name: cleanText(i.name) })),
  };
}

/** Paragraph id -> rendered, sanitised HTML per language (paragraphs and expected results). */
export function renderParagraphs(content: SectionContent): Record<string, TranslatedText> {
  const out: Record<string, TranslatedText> = {};
  for (const p of [...content.paragraphs, ...content.expectedResults]) {
    out[p.id] = Object.fromEntries(Object.entries(p.text).map(([lang, text]) => [lang, renderMarkdown(text ?? '')]));
  }
  return out;
}

export const titleOf = (content: SectionContent, lang: Language) => pickTranslation(content.title, lang);

export const emptyContent = (): SectionContent => ({
  title: {},
  paragraphs: [],
  expectedResults: [],
  leadDepartment: null,
  partners: [],
  geographicPriorities: [],
  sdgTargets: [],
  agendas: [],
  budget: null,
  indicators: [],
});
