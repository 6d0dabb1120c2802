import type { TFunction } from 'i18next';
import type { TaxonomyLabel } from '../../taxonomy/taxonomy.service';
import { pickTranslation, SDGS, type Language, type Plan, type PlanSection, type TranslatedText } from '@polyphony/contracts';
import { coverColour } from '../../core/pdf/pdf-output';
import { serverI18n } from '@polyphony/i18n';
import type { PlanAnnex } from './plan-annex.repository';
import type { ReadingMark, readPlanFor } from './plan-reading';

/** What both exports print: the plan in one language, its sections in reading order, the annex. */
export interface PlanDocument {
  lang: Language;
  t: TFunction;
  /** The territory's name in `lang` ('' before setup) and its colour for the PDF cover band. */
  territory: string;
  colour: string;
  /** The name of `lang` in `lang` ("español"), as the PDF cover states it. */
  language: string;
  title: string;
  period: string;
  status: string;
  edition: string;
  generatedOn: string;
  sections: PlanSection[];
  annex: PlanAnnex;
  /** Names taxonomy keys (regions, agendas, units) in the document's language. */
  label: TaxonomyLabel;
  /** What the signs after names mean (" *", " (FR)"), when some are shown: printed once under the edition. */
  legend: string[];
  /** The note beside a paragraph or expected result not written in the document's language by a person, else null. */
  note: (paragraphId: string) => { text: string; mark: ReadingMark } | null;
}

/** `reading` holds the plan's texts in `lang`, missing ones machine translated or marked (see readPlanFor). */
export function planDocument(
  plan: Plan,
  lang: Language,
  annex: PlanAnnex,
  reading: Awaited<ReturnType<typeof readPlanFor>>,
  territory: { timeZone: string; label: TaxonomyLabel; name?: TranslatedText; colour?: string | null },
): PlanDocument {
  const t = serverI18n().getFixedT(lang, 'plan') as TFunction;
  const marksT = serverI18n().getFixedT(lang, 'officialLanguages') as TFunction;
  const summaries = serverI18n().getFixedT(lang, 'summaries') as TFunction;
  const language = (l: Language) => marksT(`languages.${l}`);
  return {
    lang,
    t,
    territory: territory.name ? pickTranslation(territory.name, lang) : '',
    colour: coverColour(territory.colour),
    language: language(lang),
    title: reading.title,
    period: `${plan.periodStart}–${plan.periodEnd}`,
    status: t(`status.${plan.status}`),
    edition: plan.showing === 'draft' ? t('export.draft') : t('export.version', { number: plan.showing, name: reading.versionName }),
    generatedOn: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: territory.timeZone }).format(new Date()),
    label: (kind, key) => (kind === 'indicator_unit' && reading.units.get(key)) || territory.label(kind, key),
    sections: reading.sections,
    annex,
    legend: [
      ...(reading.names.has('machine') ? [summaries('pdf.namesMachineTranslated')] : []),
      ...(reading.names.has('original') ? [summaries('pdf.namesOriginal')] : []),
    ],
    note: (id) => {
      const mark = reading.marks.get(id);
      if (!mark) return null;
      const text =
        mark.kind === 'original'
          ? marksT('mark.unavailable', { language: language(mark.from) })
          : marksT(`mark.${mark.kind}`, { language: language(mark.from) });
      return { text, mark };
    },
  };
}

/** Markdown to plain text for the PDF (links keep their label; emphasis marks go). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/^>\s?/gm, '')
    .trim();
}

export const sectionHeading = (d: PlanDocument, s: PlanSection) => {
  const title = pickTranslation(s.content.title, d.lang);
  const label =
    s.kind === 'general_objective'
      ? d.t('kinds.general_objective')
      : s.kind === 'specific_objective'
        ? d.t('export.specificObjective', { code: s.code.replace(/^O/, '') })
        : s.kind === 'strategic_line'
          ? d.t('export.line', { code: s.code })
          : s.kind === 'action'
            ? d.t('export.action', { code: s.code })
            : '';
  return { label, title };
};

export const sdgLabel = (code: string, lang: Language) => {
  const goal = SDGS.find((g) => g.goal === Number(code.split('.')[0]));
  return goal ? `${code} ${goal.title[lang]}` : code;
};

/** Lines of facts about an action (lead, partners, places, agendas, budget), already translated. */
export function actionFacts(d: PlanDocument, s: PlanSection): { label: string; value: string }[] {
  const c = s.content;
  const out: { label: string; value: string }[] = [];
  const lead = pickTranslation(c.leadDepartment, d.lang);
  if (lead) out.push({ label: d.t('fields.leadDepartment'), value: lead });
  if (c.partners.length)
    out.push({ label: d.t('fields.partners'), value: c.partners.map((p) => `${p.name} (${d.t(`partnerKinds.${p.kind}`)})`).join('; ') });
  if (c.geographicPriorities.length)
    out.push({
      label: d.t('fields.geographicPriorities'),
      value: c.geographicPriorities
        .map((g) => `${g.territory} (${d.label('region', g.region)}, ${d.t(`intensities.${g.intensity}`)})`)
        .join('; '),
    });
  if (c.sdgTargets.length)
    out.push({ label: d.t('fields.sdgTargets'), value: c.sdgTargets.map((code) => sdgLabel(code, d.lang)).join('; ') });
  if (c.agendas.length) out.push({ label: d.t('fields.agendas'), value: c.agendas.map((a) => d.label('agenda', a)).join('; ') });
  if (c.budget)
    out.push({
      label: d.t('fields.budget'),
      value: `${pickTranslation(c.budget.line, d.lang)}${c.budget.amount !== null ? ` · ${new Intl.NumberFormat(d.lang, { style: 'currency', currency: c.budget.currency, maximumFractionDigits: 0 }).format(c.budget.amount)}` : ''}`,
    });
  return out;
}

export function indicatorLine(d: PlanDocument, i: PlanSection['content']['indicators'][number]): string {
  const name = pickTranslation(i.name, d.lang);
  const parts = [name, d.t(`indicatorKinds.${i.kind}`)];
  if (i.baselineValue !== null)
    parts.push(
      `${d.t('fields.baseline')}: ${i.baselineValue}${i.unit ? ` ${d.label('indicator_unit', i.unit)}` : ''}${i.baselineDate ? ` (${i.baselineDate})` : ''}`,
    );
  if (i.targetValue !== null)
    parts.push(
      `${d.t('fields.target')}: ${i.targetValue}${i.unit ? ` ${d.label('indicator_unit', i.unit)}` : ''}${i.targetDate ? ` (${i.targetDate})` : ''}`,
    );
  return parts.join(' · ');
}
