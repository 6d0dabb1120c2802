import PDFDocument from 'pdfkit';
import type { TaxonomyLabel } from '../taxonomy/taxonomy.service';
import countries from 'i18n-iso-countries';
import countriesFr from 'i18n-iso-countries/langs/fr.json';
import countriesEs from 'i18n-iso-countries/langs/es.json';
import countriesCa from 'i18n-iso-countries/langs/ca.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import type { TFunction } from 'i18next';
import {
  formatEuros,
  formatKey,
  keyDelta,
  resolveText,
  pickTranslation,
  SUMMARY_SECTIONS,
  type AnnualSummary,
  type IndicatorStatus,
  type Language,
  type SummarySection,
  type TranslatedText,
} from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import type { OfficialLanguagesService } from '../official-languages/official-languages.service';
import { plainText } from '../plan/exports/plan-document';
import { pdfBytes, winAnsi } from '../plan/exports/plan-pdf';

for (const locale of [countriesFr, countriesEs, countriesCa, countriesEn]) countries.registerLocale(locale);

const BLUE = '#1c5fa8';
const DARK_BLUE = '#123f70';
const INK = '#1a1a1a';
const GREY = '#555555';
const LIGHT = '#e6ecf2';
const STATUS_COLOURS: Record<IndicatorStatus, string> = {
  on_track: '#0b7a61',
  at_risk: '#a35400',
  off_track: '#b3261e',
  no_data: '#777777',
};
const CATEGORY_COLOURS = ['#1c5fa8', '#6a3d9a', '#3949ab', '#0b7a61', '#a35400', '#1976d2', '#00838f', '#616161'];

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const CONTENT = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - 70;

/**
 * A narrative section as the PDF prints it: the text in `lang` or, when missing, in the best source language
 * (the one reading rule, resolveText), as plain-text blocks (paragraphs); `missing` says a translation is wanted.
 */
export function narrativeBlocks(
  s: Pick<AnnualSummary, 'narrative'>,
  section: SummarySection,
  lang: Language,
): { blocks: string[]; lang: Language; missing: boolean } | null {
  const r = resolveText(s.narrative[section], lang);
  if (!r.lang) return null;
  const blocks = plainText(r.text)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return { blocks, lang: r.lang, missing: r.missing };
}

/**
 * Machine translations of what the summary lacks in `lang`, for renderSummaryPdf: the narrative blocks (keys as
 * narrativeBlocks numbers them) and the names of lines and indicators ("line.<id>", "indicator.<id>").
 */
export function narrativeTranslations(
  official: OfficialLanguagesService,
  s: Pick<AnnualSummary, 'narrative' | 'figures'>,
  lang: Language,
): Promise<Map<string, { text: string; from: Language }>> {
  return official.forReader(
    [
      ...SUMMARY_SECTIONS.flatMap((section) => {
        const n = narrativeBlocks(s, section, lang);
        return n?.missing ? n.blocks.map((block, i) => ({ field: `${section}.${i}`, text: { [n.lang]: block } })) : [];
      }),
      ...s.figures.actions.lines.map((l) => ({ field: `line.${l.id}`, text: l.title })),
      ...s.figures.indicators.items.map((i) => ({ field: `indicator.${i.id}`, text: i.name })),
    ],
    lang,
  );
}

/**
 * The annual summary as an A4 PDF in one language: a cover with the territory and the year, the key
 * figures with their change from the previous year, then participation, plan progress, indicators
 * against their targets, partnerships and budget, each with vector charts drawn with pdfkit, and
 * the narrative between them. Standard PDF fonts (WinAnsi: every French, Spanish, Catalan and
 * English letter), page numbers in the footer. Resolves to the file's bytes.
 */
export function renderSummaryPdf(
  s: AnnualSummary,
  lang: Language,
  place: {
    timeZone: string;
    label: TaxonomyLabel;
    /** Machine translations of the narratives' blocks missing `lang`, keyed "<section>.<block>" (see narrativeBlocks). */
    narratives?: Map<string, { text: string; from: Language }>;
  } = { timeZone: 'UTC', label: (_k, key) => key },
): Promise<Buffer> {
  const { timeZone } = place;
  const t = serverI18n().getFixedT(lang, 'summaries') as TFunction;
  const web = serverI18n().getFixedT(lang, 'web') as TFunction;
  const acc = serverI18n().getFixedT(lang, 'accountability') as TFunction;
  const planT = serverI18n().getFixedT(lang, 'plan') as TFunction;
  const f = s.figures;
  const territory = f.territory ? pickTranslation(f.territory.name, lang) : '';
  const planTitle = pickTranslation(f.plan.title, lang);
  const title = t('heading', { year: s.year });
  const number = new Intl.NumberFormat(lang);
  // Publication and generation instants, as the territory's calendar reads them.
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(iso));

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: 40, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    lang,
    displayTitle: true,
    info: {
      Title: winAnsi(`${territory} — ${title}`),
      Author: winAnsi(territory || 'Polyphony'),
      Subject: winAnsi(planTitle),
      Creator: 'Polyphony',
    },
  } as PDFKit.PDFDocumentOptions);
  const done = pdfBytes(doc);
  const text = (value: string, x?: number, y?: number, opts: PDFKit.Mixins.TextOptions = {}) =>
    x === undefined ? doc.text(winAnsi(value), opts) : doc.text(winAnsi(value), x, y, opts);
  const ensure = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };
  const heading = (value: string) => {
    ensure(90);
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(17).fillColor(BLUE);
    text(value, PAGE.margin, undefined, { width: CONTENT });
    doc
      .moveTo(PAGE.margin, doc.y + 2)
      .lineTo(PAGE.margin + 48, doc.y + 2)
      .lineWidth(2)
      .strokeColor(BLUE)
      .stroke();
    doc.moveDown(0.6).fillColor(INK);
  };
  const subheading = (value: string) => {
    ensure(70);
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11.5).fillColor(DARK_BLUE);
    text(value, PAGE.margin, undefined, { width: CONTENT });
    doc.moveDown(0.3).fillColor(INK);
  };
  const paragraph = (value: string, opts: PDFKit.Mixins.TextOptions = {}) => {
    doc.font('Times-Roman').fontSize(11).fillColor(INK);
    text(value, PAGE.margin, undefined, { width: CONTENT, align: 'justify', paragraphGap: 5, ...opts });
  };
  const note = (value: string) => {
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(GREY);
    text(value, PAGE.margin, undefined, { width: CONTENT });
    doc.fillColor(INK);
  };

  /** Horizontal bars: label, bar scaled on `max`, value; a hidden value is written, never drawn. */
  const bars = (
    rows: { label: string; value: number | null; display: string; colour?: string }[],
    max: number,
    options: { labelWidth?: number; scaleMax?: number } = {},
  ) => {
    const labelWidth = options.labelWidth ?? 170;
    const valueWidth = 70;
    const barX = PAGE.margin + labelWidth + 8;
    const barWidth = CONTENT - labelWidth - 8 - valueWidth - 6;
    const scale = options.scaleMax ?? Math.max(max, 1);
    for (const [i, row] of rows.entries()) {
      doc.font('Helvetica').fontSize(9.5);
      const labelHeight = doc.heightOfString(winAnsi(row.label), { width: labelWidth });
      const h = Math.max(16, labelHeight + 4);
      ensure(h + 4);
      const y = doc.y;
      doc.fillColor(INK);
      text(row.label, PAGE.margin, y + 2, { width: labelWidth, lineBreak: true });
      doc.rect(barX, y + 3, barWidth, 10).fill(LIGHT);
      if (row.value !== null && row.value > 0)
        doc
          .rect(barX, y + 3, Math.max(1.5, (barWidth * Math.min(row.value, scale)) / scale), 10)
          .fill(row.colour ?? CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]);
      doc
        .font(row.value === null ? 'Helvetica-Oblique' : 'Helvetica-Bold')
        .fontSize(9.5)
        .fillColor(row.value === null ? GREY : INK);
      text(row.display, barX + barWidth + 6, y + 2, { width: valueWidth, align: 'right', lineBreak: false });
      doc.y = y + h;
    }
    doc.x = PAGE.margin;
    doc.fillColor(INK);
  };

  /** A major part: on a new page unless most of this one is still free. */
  const section = (value: string) => {
    if (doc.y > PAGE.margin + 260) doc.addPage();
    heading(value);
  };
  /**
   * A name (line, indicator) in the PDF's language: as written; else machine translated, followed by "*"; else
   * the original followed by its language code ("(FR)"). namesNote then says what the signs mean, once per part.
   */
  const shownNames = new Map<string, 'machine' | 'original'>();
  const nameOf = (key: string, text: TranslatedText) => {
    const r = resolveText(text, lang);
    if (!r.missing || !r.lang) return r.text;
    const machine = place.narratives?.get(key);
    shownNames.set(key, machine ? 'machine' : 'original');
    return machine ? `${machine.text} *` : `${r.text} (${r.lang.toUpperCase()})`;
  };
  const namesNote = (prefix: string) => {
    const kinds = new Set([...shownNames].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v));
    if (kinds.has('machine')) note(t('pdf.namesMachineTranslated'));
    if (kinds.has('original')) note(t('pdf.namesOriginal'));
  };

  /**
   * A narrative section in the PDF's language: as written; else machine translated (given by the caller,
   * block by block) and marked as such with the language of the original; else, when translation is off,
   * the original with a note saying which language it is in. Never another language without a word.
   */
  const narrative = (section: SummarySection) => {
    const n = narrativeBlocks(s, section, lang);
    if (!n) return;
    subheading(t(`sections.${section}`));
    const translated = n.missing ? n.blocks.map((_, i) => place.narratives?.get(`${section}.${i}`)) : [];
    const machine = n.missing && translated.every((b) => !!b);
    if (machine) note(t('pdf.machineTranslated', { language: t(`languages.${n.lang}`) }));
    else if (n.missing) note(t('fallback', { language: t(`languages.${n.lang}`) }));
    n.blocks.forEach((block, i) => {
      ensure(40);
      paragraph(machine ? translated[i]!.text : block);
    });
  };

  // ---- Cover ---------------------------------------------------------------------------------
  doc.rect(0, 0, PAGE.width, 330).fill(BLUE);
  doc.rect(0, 330, PAGE.width, 6).fill('#d9a441');
  doc.fillColor('white').font('Helvetica-Bold').fontSize(13);
  text(territory.toUpperCase(), PAGE.margin, 96, { width: CONTENT, characterSpacing: 1 });
  doc.font('Helvetica').fontSize(26);
  text(t('pdf.coverTitle'), PAGE.margin, 140, { width: CONTENT });
  doc.font('Helvetica-Bold').fontSize(84);
  text(String(s.year), PAGE.margin, 176, { width: CONTENT });
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(17);
  text(planTitle, PAGE.margin, 370, { width: CONTENT });
  doc.moveDown(0.2).font('Helvetica').fontSize(12).fillColor(GREY);
  text(t('pdf.period', { start: f.plan.periodStart, end: f.plan.periodEnd }), PAGE.margin, undefined, { width: CONTENT });
  doc
    .moveDown(0.8)
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(s.status === 'draft' ? STATUS_COLOURS.off_track : DARK_BLUE);
  text(
    s.status === 'draft' ? t('pdf.draft', { version: s.version }) : t('pdf.published', { version: s.version, date: date(s.publishedAt!) }),
    PAGE.margin,
    undefined,
    { width: CONTENT },
  );
  doc.font('Helvetica').fontSize(10).fillColor(GREY);
  if (s.supersededBy) text(t('supersededBy', { version: s.supersededBy }), PAGE.margin, undefined, { width: CONTENT });
  if (s.correctionReason) text(`${t('correction.reason')}: ${s.correctionReason}`, PAGE.margin, undefined, { width: CONTENT });
  text(t('generatedOn', { date: date(f.generatedAt) }), PAGE.margin, undefined, { width: CONTENT });

  // In brief: four figures at the foot of the cover.
  const brief = (['participants', 'contributions', 'actionProgress', 'indicatorsOnTrack'] as const).map((k) => ({
    value:
      k === 'indicatorsOnTrack'
        ? `${number.format(f.key.indicatorsOnTrack ?? 0)} / ${number.format(f.indicators.items.length)}`
        : formatKey(k, f.key[k], lang, f.participation.minCell),
    label: t(`key.${k}`),
  }));
  const boxY = 600;
  const boxW = (CONTENT - 3 * 10) / 4;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(GREY);
  text(t('pdf.inBrief').toUpperCase(), PAGE.margin, boxY - 20, { characterSpacing: 0.8 });
  brief.forEach((b, i) => {
    const x = PAGE.margin + i * (boxW + 10);
    doc.roundedRect(x, boxY, boxW, 84, 6).fill('#eef4fb');
    doc.fillColor(DARK_BLUE).font('Helvetica-Bold').fontSize(20);
    text(b.value, x + 10, boxY + 14, { width: boxW - 20, lineBreak: false });
    doc.fillColor(INK).font('Helvetica').fontSize(9);
    text(b.label, x + 10, boxY + 44, { width: boxW - 20 });
  });

  // ---- Key figures and introduction -----------------------------------------------------------
  doc.addPage();
  heading(t('keyFigures.title'));
  const cardW = (CONTENT - 2 * 12) / 3;
  const cardH = 66;
  const top = doc.y;
  const keys = [
    'consultations',
    'interviews',
    'institutions',
    'participants',
    'contributions',
    'proposalsReceived',
    'proposalsAccepted',
    'rooms',
    'actionProgress',
    'indicatorsOnTrack',
    'partners',
    'budgetSpent',
  ] as const;
  keys.forEach((k, i) => {
    const x = PAGE.margin + (i % 3) * (cardW + 12);
    const y = top + Math.floor(i / 3) * (cardH + 10);
    doc.roundedRect(x, y, cardW, cardH, 5).lineWidth(0.8).strokeColor('#c9d3de').stroke();
    doc.fillColor(DARK_BLUE).font('Helvetica-Bold').fontSize(18);
    text(formatKey(k, f.key[k], lang, f.participation.minCell), x + 10, y + 8, { width: cardW - 20, lineBreak: false });
    doc.fillColor(INK).font('Helvetica').fontSize(8.5);
    text(t(`key.${k}`), x + 10, y + 31, { width: cardW - 20, lineBreak: false });
    const d = keyDelta(k, f.key[k], f.previous.key[k], lang);
    const dy = y + 48;
    if (d.direction === 'up' || d.direction === 'down') {
      const cx = x + 14;
      const colour = d.direction === 'up' ? '#0b7a61' : '#8a4b00';
      if (d.direction === 'up') doc.polygon([cx - 4, dy + 7], [cx + 4, dy + 7], [cx, dy + 1]).fill(colour);
      else doc.polygon([cx - 4, dy + 1], [cx + 4, dy + 1], [cx, dy + 7]).fill(colour);
      doc.fillColor(colour).font('Helvetica-Bold').fontSize(8.5);
      text(t('delta.change', { delta: d.text, year: f.previous.year }), x + 22, dy, { width: cardW - 32, lineBreak: false });
    } else {
      doc.fillColor(GREY).font('Helvetica').fontSize(8.5);
      text(
        d.direction === 'same' ? t('delta.same', { year: f.previous.year }) : t('delta.unknown', { year: f.previous.year }),
        x + 10,
        dy,
        { width: cardW - 20, lineBreak: false },
      );
    }
  });
  doc.y = top + 4 * (cardH + 10);
  doc.x = PAGE.margin;
  note(
    f.previous.source === 'published'
      ? t('delta.againstPublished', { year: f.previous.year, version: f.previous.version })
      : t('delta.againstComputed', { year: f.previous.year }),
  );
  narrative('introduction');
  narrative('highlights');

  // ---- Participation ----------------------------------------------------------------------------
  const p = f.participation;
  section(t('participation.title'));
  const activity = p.consultations + p.interviews + p.meetings + p.proposalsReceived + p.rooms + p.contributions + p.otherInputs;
  if (activity)
    paragraph(
      [
        t('participation.consultations', { count: p.consultations }),
        t('participation.interviews', { count: p.interviews, meetings: p.meetings, institutions: p.institutions }),
        t('participation.proposals', { count: p.proposalsReceived, accepted: p.proposalsAccepted }),
        t('participation.rooms', { count: p.rooms }),
      ].join(' '),
    );
  const hidden = t('participation.hiddenShort', { k: p.minCell });
  if (p.byCategory.length) {
    subheading(t('participation.byCategory'));
    const max = Math.max(...p.byCategory.map((c) => c.participants ?? 0));
    bars(
      p.byCategory.map((c) => ({
        label: web(`categories.${c.category}`),
        value: c.participants,
        display: c.participants === null ? hidden : number.format(c.participants),
      })),
      max,
    );
  } else {
    paragraph(t('participation.none'));
  }
  if (p.bySource.length) {
    subheading(t('participation.bySource'));
    const max = Math.max(...p.bySource.map((c) => c.contributions));
    bars(
      p.bySource.map((c) => ({
        label: planT(`sourceKinds.${c.source}`),
        value: c.contributions,
        display: number.format(c.contributions),
        colour: '#3949ab',
      })),
      max,
    );
    if (p.otherInputs) note(t('participation.otherInputs', { count: p.otherInputs }));
  }
  if (p.byCountry.length) {
    subheading(t('participation.byCountry', { count: p.countries }));
    const max = Math.max(...p.byCountry.map((c) => c.participants ?? 0));
    bars(
      p.byCountry.map((c) => ({
        label: c.country ? (countries.getName(c.country, lang) ?? c.country) : t('participation.otherCountries'),
        value: c.participants,
        display: c.participants === null ? hidden : number.format(c.participants),
        colour: '#0b7a61',
      })),
      max,
    );
  }
  if (p.byCategory.length) note(t('participation.privacy', { k: p.minCell }));

  // ---- Plan progress and indicators ---------------------------------------------------------------
  section(t('progress.title'));
  paragraph(
    t('progress.lead', {
      progress: f.actions.progress,
      total: f.actions.total,
      done: f.actions.byStatus.done,
      inProgress: f.actions.byStatus.in_progress,
    }),
  );
  subheading(t('progress.perLine'));
  bars(
    f.actions.lines.map((l) => ({
      label: `${l.code}. ${nameOf(`line.${l.id}`, l.title)}`,
      value: l.progress,
      display: `${l.progress} %`,
      colour: BLUE,
    })),
    100,
    { labelWidth: 220, scaleMax: 100 },
  );
  note(t('progress.note'));
  namesNote(`line.`);

  heading(t('indicators.title'));
  const counts = f.indicators.statusCounts;
  paragraph(
    t('indicators.lead', {
      onTrack: counts.on_track,
      atRisk: counts.at_risk,
      offTrack: counts.off_track,
      noData: counts.no_data,
      total: f.indicators.items.length,
    }),
  );
  // Legend.
  ensure(30);
  {
    const y = doc.y + 2;
    let x = PAGE.margin;
    doc.font('Helvetica').fontSize(8.5);
    doc.rect(x, y + 1, 14, 7).fill(STATUS_COLOURS.on_track);
    doc.fillColor(INK);
    text(t('indicators.legendLatest'), x + 18, y, { lineBreak: false });
    x += 24 + doc.widthOfString(winAnsi(t('indicators.legendLatest'))) + 14;
    doc.rect(x + 5, y - 1, 2, 11).fill(INK);
    doc.fillColor(INK);
    text(t('indicators.legendTarget'), x + 12, y, { lineBreak: false });
    x += 18 + doc.widthOfString(winAnsi(t('indicators.legendTarget'))) + 14;
    doc.polygon([x + 2, y - 1], [x + 10, y - 1], [x + 6, y + 5]).fill(GREY);
    doc.fillColor(INK);
    text(t('indicators.legendExpected'), x + 14, y, { lineBreak: false });
    doc.y = y + 18;
    doc.x = PAGE.margin;
  }
  // Many indicators: one line each (name cut with an ellipsis, values beside the bar) to stay within about eight pages.
  const compact = f.indicators.items.length > 24;
  const nameWidth = compact ? 190 : 200;
  const valuesWidth = compact ? 70 : 0;
  const chartX = PAGE.margin + nameWidth + 10;
  const chartW = CONTENT - nameWidth - 10 - 80 - valuesWidth;
  for (const i of f.indicators.items) {
    const name = `${i.actionCode} · ${nameOf(`indicator.${i.id}`, i.name)}`;
    doc.font('Helvetica').fontSize(compact ? 8 : 9);
    const h = compact ? 19 : Math.max(30, doc.heightOfString(winAnsi(name), { width: nameWidth }) + 16);
    ensure(h + 6);
    const y = doc.y;
    doc.fillColor(INK);
    text(
      name,
      PAGE.margin,
      y + (compact ? 2 : 0),
      compact ? { width: nameWidth, lineBreak: false, ellipsis: true, height: 10 } : { width: nameWidth },
    );
    const colour = STATUS_COLOURS[i.status];
    const bar = compact ? 7 : 10;
    if (i.kind === 'quantitative' && i.targetValue !== null) {
      const values = [i.targetValue, i.baselineValue ?? 0, i.latestValue ?? 0, i.expectedValue ?? 0, 0];
      const lo = Math.min(...values);
      const hi = Math.max(...values) * 1.08 || 1;
      const at = (v: number) => chartX + ((v - lo) / (hi - lo || 1)) * chartW;
      doc.rect(chartX, y + 3, chartW, bar).fill(LIGHT);
      if (i.latestValue !== null) {
        const from = at(i.baselineValue ?? lo);
        const to = at(i.latestValue);
        doc.rect(Math.min(from, to), y + 3, Math.max(1.5, Math.abs(to - from)), bar).fill(colour);
      }
      doc.rect(at(i.targetValue) - 1, y, 2, bar + 6).fill(INK);
      if (i.expectedValue !== null) {
        const ex = at(i.expectedValue);
        doc.polygon([ex - 4, y - 3], [ex + 4, y - 3], [ex, y + 3]).fill(GREY);
      }
      doc
        .font('Helvetica')
        .fontSize(compact ? 7.5 : 8)
        .fillColor(GREY);
      const unit = i.unit ? ` ${place.label('indicator_unit', i.unit)}` : '';
      const latest = i.latestValue === null ? '—' : number.format(i.latestValue);
      if (compact)
        text(`${latest} / ${number.format(i.targetValue)}`, chartX + chartW + 6, y + 3, {
          width: valuesWidth - 6,
          lineBreak: false,
          ellipsis: true,
          height: 9,
        });
      else
        text(
          t('indicators.values', {
            latest,
            target: number.format(i.targetValue),
            unit,
            year: i.targetDate?.slice(0, 4) ?? f.plan.periodEnd,
          }),
          chartX,
          y + 16,
          { width: chartW, lineBreak: false },
        );
    } else {
      doc
        .font('Helvetica-Oblique')
        .fontSize(compact ? 7.5 : 8.5)
        .fillColor(GREY);
      text(i.kind === 'qualitative' ? t('indicators.qualitative') : t('indicators.noTarget'), chartX, y + 2, {
        width: chartW + valuesWidth,
        lineBreak: false,
        ellipsis: true,
        height: 10,
      });
    }
    doc
      .font('Helvetica-Bold')
      .fontSize(compact ? 7.5 : 8.5)
      .fillColor(colour);
    text(acc(`status.${i.status}`), chartX + chartW + valuesWidth + 8, y + (compact ? 2 : 3), {
      width: 72,
      align: 'right',
      lineBreak: false,
    });
    doc.y = y + h;
    doc.x = PAGE.margin;
  }
  note(t('indicators.method'));
  namesNote(`indicator.`);
  narrative('challenges');

  // ---- Partnerships and budget --------------------------------------------------------------------
  section(t('partners.title'));
  const pp = f.partnerships;
  paragraph(t('partners.lead', { count: pp.partners, agreements: pp.agreementsSigned, networks: pp.networks, year: s.year }));
  subheading(t('partners.perRegion'));
  const regions = Object.entries(pp.perRegion);
  bars(
    regions.map(([r, n]) => ({ label: place.label('region', r), value: n, display: number.format(n), colour: '#6a3d9a' })),
    Math.max(...regions.map(([, n]) => n), 1),
  );

  heading(t('budget.title'));
  const money = (n: number) => formatEuros(n, lang);
  const maxBudget = Math.max(f.budget.planned, f.budget.spent, 1);
  bars(
    [
      { label: t('budget.planned'), value: f.budget.planned, display: money(f.budget.planned), colour: '#9fb4cc' },
      { label: t('budget.spent'), value: f.budget.spent, display: money(f.budget.spent), colour: BLUE },
    ],
    maxBudget,
    { labelWidth: 140 },
  );
  if (f.budget.planned > 0) note(t('budget.share', { share: Math.round((100 * f.budget.spent) / f.budget.planned) }));
  narrative('outlook');

  // ---- Footer on every page, a watermark on drafts -------------------------------------------------
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (s.status === 'draft') {
      doc.save();
      doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
      doc.font('Helvetica-Bold').fontSize(90).fillColor('#b3261e').fillOpacity(0.08);
      doc.text(winAnsi(t('pdf.watermark')), 0, PAGE.height / 2 - 45, { width: PAGE.width, align: 'center', lineBreak: false });
      doc.restore();
      doc.fillOpacity(1);
    }
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(winAnsi(`${territory} · ${title} · ${t('pdf.page', { page: i + 1, pages: range.count })}`), PAGE.margin, PAGE.height - 36, {
      width: CONTENT,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
