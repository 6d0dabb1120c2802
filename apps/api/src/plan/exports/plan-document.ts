import type { TFunction } from 'i18next';
import type { TaxonomyLabel } from '../../taxonomy/taxonomy.service';
import { pickTranslation, SDGS, type Language, type Plan, type PlanSection, type TranslatedText } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import type { PlanAnnex } from './plan-annex';

/** What both exports print: the plan in one language, its sections in reading order, the annex. */
export interface PlanDocument {
  lang: Language;
  t: TFunction;
  title: string;
  period: string;
  status: string;
  edition: string;
  generatedOn: string;
  sections: PlanSection[];
  annex: PlanAnnex;
  /** Names taxonomy keys (regions, agendas, units) in the document's language. */
  label: TaxonomyLabel;
}

export function planDocument(
  plan: Plan,
  lang: Language,
  annex: PlanAnnex,
  versionName: TranslatedText | null,
  territory: { timeZone: string; label: TaxonomyLabel },
): PlanDocument {
  const t = serverI18n().getFixedT(lang, 'plan') as TFunction;
  return {
    lang,
    t,
    title: pickTranslation(plan.title, lang),
    period: `${plan.periodStart}–${plan.periodEnd}`,
    status: t(`status.${plan.status}`),
    edition:
      plan.showing === 'draft'
        ? t('export.draft')
        : t('export.version', { number: plan.showing, name: pickTranslation(versionName, lang) }),
    generatedOn: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: territory.timeZone }).format(new Date()),
    label: territory.label,
    sections: plan.sections,
    annex,
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
