import { diffLines, diffWordsWithSpace } from 'diff';
import {
  LANGUAGES,
  pickTranslation,
  type DiffOp,
  type Language,
  type SectionContent,
  type SectionDiff,
  type TranslatedText,
} from '@polyphony/contracts';
import type { RawSection } from '../plan.mapper';
import { canonical } from '../plan-content';

type Field = { field: string; language: Language | null; text: string; prose: boolean };

/** A section flattened into comparable texts: one per field and language (prose), or one per list (lines). */
function fields(c: SectionContent): Field[] {
  const out: Field[] = [];
  for (const lang of LANGUAGES) {
    const title = c.title[lang];
    const paragraphs = c.paragraphs
      .map((p) => p.text[lang] ?? '')
      .filter(Boolean)
      .join('\n\n');
    const results = c.expectedResults
      .map((p) => p.text[lang] ?? '')
      .filter(Boolean)
      .join('\n\n');
    const indicators = c.indicators
      .map((i) =>
        [i.name[lang] ?? '', i.unit, i.baselineValue, i.targetValue, i.targetDate].filter((x) => x !== null && x !== '').join(' · '),
      )
      .filter(Boolean)
      .join('\n');
    if (title) out.push({ field: 'title', language: lang, text: title, prose: true });
    if (paragraphs) out.push({ field: 'paragraphs', language: lang, text: paragraphs, prose: true });
    if (results) out.push({ field: 'expectedResults', language: lang, text: results, prose: true });
    if (indicators) out.push({ field: 'indicators', language: lang, text: indicators + '\n', prose: false });
  }
  const list = (field: string, items: string[]) =>
    items.length && out.push({ field, language: null, text: items.join('\n') + '\n', prose: false });
  // Names per language ("fr: Service de coopération"), so a change in one language shows as such.
  const named = (text: TranslatedText | null | undefined) => LANGUAGES.flatMap((l) => (text?.[l]?.trim() ? [`${l}: ${text[l]}`] : []));
  list('leadDepartment', named(c.leadDepartment));
  list(
    'partners',
    c.partners.map((p) => `${p.kind}: ${p.name}`),
  );
  list(
    'geographicPriorities',
    c.geographicPriorities.map((g) => `${g.region} · ${g.territory} · ${g.intensity}`),
  );
  list('sdgTargets', c.sdgTargets);
  list('agendas', c.agendas);
  list(
    'budget',
    c.budget ? [...named(c.budget.line), ...(c.budget.amount !== null ? [`${c.budget.amount} ${c.budget.currency}`] : [])] : [],
  );
  return out;
}

function ops(a: string, b: string, prose: boolean): DiffOp[] {
  const parts = prose ? diffWordsWithSpace(a, b) : diffLines(a, b);
  return parts.map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}

/** What changed in one section between two states, field by field and language by language. */
export function diffSection(before: SectionContent | null, after: SectionContent | null): SectionDiff['fields'] {
  const a = new Map((before ? fields(before) : []).map((f) => [`${f.field}/${f.language ?? ''}`, f]));
  const b = new Map((after ? fields(after) : []).map((f) => [`${f.field}/${f.language ?? ''}`, f]));
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const out: SectionDiff['fields'] = [];
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.text === y?.text) continue;
    const f = (x ?? y)!;
    out.push({ field: f.field, language: f.language, ops: ops(x?.text ?? '', y?.text ?? '', f.prose) });
  }
  return out;
}

/**
 * The per-section diff of two plan states (sections matched by their stable id). Unchanged sections
 * are skipped on their hash (or canonical content) before any text is compared.
 */
export function diffPlans(
  from: (RawSection & { hash?: string })[],
  to: (RawSection & { hash?: string })[],
  lang: Language,
): { sections: SectionDiff[]; unchanged: number } {
  const before = new Map(from.map((s) => [s.id, s]));
  const after = new Map(to.map((s) => [s.id, s]));
  const sections: SectionDiff[] = [];
  let unchanged = 0;
  const order = [...to, ...from.filter((s) => !after.has(s.id))];
  for (const s of order) {
    const a = before.get(s.id);
    const b = after.get(s.id);
    const head = { sectionId: s.id, kind: s.kind, code: (b ?? a)!.code, title: pickTranslation((b ?? a)!.content.title, lang) };
    if (!a) {
      sections.push({ ...head, change: 'added', fields: diffSection(null, b!.content) });
      continue;
    }
    if (!b) {
      sections.push({ ...head, change: 'removed', fields: diffSection(a.content, null) });
      continue;
    }
    if (a.hash && b.hash && a.hash === b.hash) {
      unchanged++;
      continue;
    }
    const sameContent = canonical(a.content) === canonical(b.content);
    if (sameContent) {
      if (a.parentId === b.parentId && a.position === b.position && a.code === b.code) unchanged++;
      else
        sections.push({
          ...head,
          change: 'moved',
          fields: [{ field: 'code', language: null, ops: ops(`${a.code}\n`, `${b.code}\n`, false) }],
        });
      continue;
    }
    sections.push({ ...head, change: 'changed', fields: diffSection(a.content, b.content) });
  }
  return { sections, unchanged };
}
