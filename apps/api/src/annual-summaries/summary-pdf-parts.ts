import countries from 'i18n-iso-countries';
import countriesFr from 'i18n-iso-countries/langs/fr.json';
import countriesEs from 'i18n-iso-countries/langs/es.json';
import countriesCa from 'i18n-iso-countries/langs/ca.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import { formatEuros } from '@polyphony/contracts';
import { COLOURS, PAGE } from '../core/pdf/pdf-output';
import { bars, indicatorTable, type SummaryPdfContext } from './summary-pdf-charts';

for (const locale of [countriesFr, countriesEs, countriesCa, countriesEn]) countries.registerLocale(locale);

/** A major part: on a new page unless most of this one is still free. */
function part(c: SummaryPdfContext, title: string) {
  if (c.b.doc.y > PAGE.margin + 260) c.b.doc.addPage();
  c.b.heading(2, title);
}

/** Participation: the activity in words, then participants per category, contributions per source, participants per country. */
export function participationPart(c: SummaryPdfContext) {
  const { b, t, web, planT, number } = c;
  const p = c.s.figures.participation;
  part(c, t('participation.title'));
  const activity = p.consultations + p.interviews + p.meetings + p.proposalsReceived + p.rooms + p.contributions + p.otherInputs;
  if (activity)
    b.paragraph(
      [
        t('participation.consultations', { count: p.consultations }),
        t('participation.interviews', { count: p.interviews, meetings: p.meetings, institutions: p.institutions }),
        t('participation.proposals', { count: p.proposalsReceived, accepted: p.proposalsAccepted }),
        t('participation.rooms', { count: p.rooms }),
      ].join(' '),
    );
  const hidden = t('participation.hiddenShort', { k: p.minCell });
  if (p.byCategory.length) {
    const title = t('participation.byCategory');
    b.heading(3, title);
    bars(
      c,
      title,
      p.byCategory.map((x) => ({
        label: web(`categories.${x.category}`),
        value: x.participants,
        display: x.participants === null ? hidden : number.format(x.participants),
      })),
      Math.max(...p.byCategory.map((x) => x.participants ?? 0)),
    );
  } else {
    b.paragraph(t('participation.none'));
  }
  if (p.bySource.length) {
    const title = t('participation.bySource');
    b.heading(3, title);
    bars(
      c,
      title,
      p.bySource.map((x) => ({
        label: planT(`sourceKinds.${x.source}`),
        value: x.contributions,
        display: number.format(x.contributions),
        colour: '#3949ab',
      })),
      Math.max(...p.bySource.map((x) => x.contributions)),
    );
    if (p.otherInputs) b.note(t('participation.otherInputs', { count: p.otherInputs }));
  }
  if (p.byCountry.length) {
    const title = t('participation.byCountry', { count: p.countries });
    b.heading(3, title);
    bars(
      c,
      title,
      p.byCountry.map((x) => ({
        label: x.country ? (countries.getName(x.country, c.lang) ?? x.country) : t('participation.otherCountries'),
        value: x.participants,
        display: x.participants === null ? hidden : number.format(x.participants),
        colour: '#0b7a61',
      })),
      Math.max(...p.byCountry.map((x) => x.participants ?? 0)),
    );
  }
  if (p.byCategory.length) b.note(t('participation.privacy', { k: p.minCell }));
}

/** Plan progress per strategic line, then the indicators against their targets. */
export function progressPart(c: SummaryPdfContext, narrative: (section: 'challenges') => void) {
  const { b, t } = c;
  const f = c.s.figures;
  part(c, t('progress.title'));
  b.paragraph(
    t('progress.lead', {
      progress: f.actions.progress,
      total: f.actions.total,
      done: f.actions.byStatus.done,
      inProgress: f.actions.byStatus.in_progress,
    }),
  );
  const perLine = t('progress.perLine');
  b.heading(3, perLine);
  bars(
    c,
    perLine,
    f.actions.lines.map((l) => ({
      label: `${l.code}. ${c.nameOf(`line.${l.id}`, l.title)}`,
      value: l.progress,
      display: `${l.progress} %`,
      colour: COLOURS.blue,
    })),
    100,
    { labelWidth: 220, scaleMax: 100 },
  );
  b.note(t('progress.note'));
  c.namesNote('line.');

  b.heading(2, t('indicators.title'));
  const counts = f.indicators.statusCounts;
  b.paragraph(
    t('indicators.lead', {
      onTrack: counts.on_track,
      atRisk: counts.at_risk,
      offTrack: counts.off_track,
      noData: counts.no_data,
      total: f.indicators.items.length,
    }),
  );
  indicatorTable(c);
  b.note(t('indicators.method'));
  c.namesNote('indicator.');
  narrative('challenges');
}

/** Partnerships per region, then the budget planned and spent. */
export function partnersPart(c: SummaryPdfContext, narrative: (section: 'outlook') => void) {
  const { b, t, number } = c;
  const f = c.s.figures;
  part(c, t('partners.title'));
  const pp = f.partnerships;
  b.paragraph(t('partners.lead', { count: pp.partners, agreements: pp.agreementsSigned, networks: pp.networks, year: c.s.year }));
  const perRegion = t('partners.perRegion');
  b.heading(3, perRegion);
  const regions = Object.entries(pp.perRegion);
  bars(
    c,
    perRegion,
    regions.map(([r, n]) => ({ label: c.label('region', r), value: n, display: number.format(n), colour: '#6a3d9a' })),
    Math.max(...regions.map(([, n]) => n), 1),
  );

  const budget = t('budget.title');
  b.heading(2, budget);
  const money = (n: number) => formatEuros(n, c.lang);
  bars(
    c,
    budget,
    [
      { label: t('budget.planned'), value: f.budget.planned, display: money(f.budget.planned), colour: '#9fb4cc' },
      { label: t('budget.spent'), value: f.budget.spent, display: money(f.budget.spent), colour: COLOURS.blue },
    ],
    Math.max(f.budget.planned, f.budget.spent, 1),
    { labelWidth: 140 },
  );
  if (f.budget.planned > 0) b.note(t('budget.share', { share: Math.round((100 * f.budget.spent) / f.budget.planned) }));
  narrative('outlook');
}
