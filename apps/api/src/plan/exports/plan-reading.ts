import { resolveText, type Language, type PlanSection, type TranslatedText } from '@polyphony/contracts';
import type { OfficialLanguagesService } from '../../official-languages/official-languages.service';
import { sectionFields, withFieldTexts } from '../languages/plan-languages';
import { renderParagraphs } from '../plan-content';

/** How a text the export prints reached the document's language: machine translated, or left in its original. */
export interface ReadingMark {
  /** review: written in the document's language by machine translation (fill), not yet reviewed. */
  kind: 'machine' | 'review' | 'original';
  from: Language;
}

/**
 * The plan's texts as an export in `lang` prints them (issue 13, item 4: official content never silently
 * falls back). Each text missing `lang` is machine translated through OfficialLanguagesService.forReader (the
 * same rule and cache as the pages); when translation is off or fails, the original is kept. Either way it is
 * marked: names (titles, indicator names, departments, budget lines, the plan title and version name) carry
 * " *" (machine) or their language code " (FR)" in the text itself, explained once by the document's legend;
 * paragraphs and expected results keep their text and are listed in `marks` (keyed by paragraph id) for the
 * renderer to print a note beside them. A text filled by machine translation and still "to review" is marked
 * as machine translated too. The labels of the indicator units the plan uses (`units`, from the taxonomy) are
 * names too.
 */
export async function readPlanFor(
  official: OfficialLanguagesService,
  input: { title: TranslatedText; versionName: TranslatedText | null; sections: PlanSection[]; units?: Map<string, TranslatedText> },
  lang: Language,
): Promise<{
  title: string;
  versionName: string;
  sections: PlanSection[];
  marks: Map<string, ReadingMark>;
  names: Set<'machine' | 'original'>;
  /** The labels of the indicator units the plan uses, marked like names. */
  units: Map<string, string>;
}> {
  const key = (sectionId: string, field: string) => `${sectionId}|${field}`;
  const used = [
    ...new Set(input.sections.flatMap((s) => s.content.indicators.flatMap((i) => (i.unit && input.units?.has(i.unit) ? [i.unit] : [])))),
  ];
  const fields = [
    { field: 'plan.title', text: input.title },
    ...(input.versionName ? [{ field: 'plan.versionName', text: input.versionName }] : []),
    ...used.map((unit) => ({ field: `unit.${unit}`, text: input.units!.get(unit)! })),
    ...input.sections.flatMap((s) => sectionFields(s.content).map((f) => ({ field: key(s.id, f.field), text: f.text }))),
  ];
  const translated = await official.forReader(fields, lang);
  const marks = new Map<string, ReadingMark>();
  const names = new Set<'machine' | 'original'>();
  /** The text to print in `lang`, with its mark (null when written in `lang` by a person). */
  const read = (field: string, text: TranslatedText, review?: Language): { text: string; mark: ReadingMark | null } => {
    const r = resolveText(text, lang);
    if (!r.missing || !r.lang) return { text: r.text, mark: review && r.lang ? { kind: 'review', from: review } : null };
    const machine = translated.get(field);
    return machine
      ? { text: machine.text, mark: { kind: 'machine', from: machine.from } }
      : { text: r.text, mark: { kind: 'original', from: r.lang } };
  };
  const name = (field: string, text: TranslatedText, review?: Language) => {
    const { text: shown, mark } = read(field, text, review);
    if (!mark) return shown;
    names.add(mark.kind === 'original' ? 'original' : 'machine');
    return mark.kind !== 'original' ? `${shown} *` : `${shown} (${mark.from.toUpperCase()})`;
  };

  const sections = input.sections.map((s) => {
    const reviewed = new Map((s.content.review ?? []).filter((m) => m.language === lang).map((m) => [m.field, m.from] as const));
    const texts = new Map<string, TranslatedText>();
    for (const f of sectionFields(s.content)) {
      const review = reviewed.get(f.field);
      const paragraph = /^(paragraphs|expectedResults)\.(.+)$/.exec(f.field);
      if (paragraph) {
        const { text, mark } = read(key(s.id, f.field), f.text, review);
        if (!mark) continue;
        marks.set(paragraph[2], mark);
        texts.set(f.field, { ...f.text, [lang]: text });
      } else {
        const shown = name(key(s.id, f.field), f.text, review);
        if (shown !== f.text[lang]) texts.set(f.field, { ...f.text, [lang]: shown });
      }
    }
    if (!texts.size) return s;
    const content = withFieldTexts(s.content, texts);
    return { ...s, content, html: { ...s.html, ...renderParagraphs(content) } };
  });
  return {
    title: name('plan.title', input.title),
    versionName: input.versionName ? name('plan.versionName', input.versionName) : '',
    sections,
    marks,
    names,
    units: new Map(used.map((unit) => [unit, name(`unit.${unit}`, input.units!.get(unit)!)])),
  };
}
