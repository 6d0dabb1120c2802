import type { TaxonomyLabel } from '../taxonomy/taxonomy.service';
import type { TFunction } from 'i18next';
import {
  formatKey,
  keyDelta,
  resolveText,
  pickTranslation,
  SUMMARY_SECTIONS,
  type AnnualSummary,
  type Language,
  type SummarySection,
  type TranslatedText,
} from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import type { OfficialLanguagesService } from '../official-languages/official-languages.service';
import { plainText } from '../plan/exports/plan-document';
import { pdfBlocks } from '../core/pdf/pdf-blocks';
import { COLOURS, CONTENT, coverColour, PAGE, taggedPdf } from '../core/pdf/pdf-output';
import { STATUS_COLOURS, type SummaryPdfContext } from './summary-pdf-charts';
import { participationPart, partnersPart, progressPart } from './summary-pdf-parts';

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
 * narrativeBlocks numbers them), the names of lines and indicators ("line.<id>", "indicator.<id>") and the labels
 * of the indicators' units ("indicator.unit.<key>", from the taxonomy's `units`).
 */
export function narrativeTranslations(
  official: OfficialLanguagesService,
  s: Pick<AnnualSummary, 'narrative' | 'figures'>,
  lang: Language,
  units: Map<string, TranslatedText> = new Map(),
): Promise<Map<string, { text: string; from: Language }>> {
  const used = [...new Set(s.figures.indicators.items.flatMap((i) => (i.unit && units.has(i.unit) ? [i.unit] : [])))];
  return official.forReader(
    [
      ...SUMMARY_SECTIONS.flatMap((section) => {
        const n = narrativeBlocks(s, section, lang);
        return n?.missing ? n.blocks.map((block, i) => ({ field: `${section}.${i}`, text: { [n.lang]: block } })) : [];
      }),
      ...s.figures.actions.lines.map((l) => ({ field: `line.${l.id}`, text: l.title })),
      ...s.figures.indicators.items.map((i) => ({ field: `indicator.${i.id}`, text: i.name })),
      ...used.map((key) => ({ field: `indicator.unit.${key}`, text: units.get(key)! })),
    ],
    lang,
  );
}

/** What the summary PDF needs from the territory beside the summary itself. */
export interface SummaryPdfPlace {
  timeZone: string;
  label: TaxonomyLabel;
  /** The territory's colour for the cover band (the house blue when white text would not read on it). */
  colour?: string | null;
  /** The indicator units' labels as the taxonomy holds them, to mark one not written in the PDF's language. */
  units?: Map<string, TranslatedText>;
  /** Machine translations of what lacks `lang`, keyed as narrativeTranslations does. */
  narratives?: Map<string, { text: string; from: Language }>;
}

/**
 * The annual summary as an A4 tagged PDF in one language: a cover with the territory and the year, the key
 * figures with their change from the previous year, then participation, plan progress, indicators against
 * their targets, partnerships and budget, each with vector charts (figures with a text alternative) and the
 * narrative between them. Standard PDF fonts (WinAnsi: every French, Spanish, Catalan and English letter),
 * page numbers in the footer. Resolves to the file's bytes.
 */
export function renderSummaryPdf(
  s: AnnualSummary,
  lang: Language,
  place: SummaryPdfPlace = { timeZone: 'UTC', label: (_k, key) => key },
): Promise<Buffer> {
  const i18n = serverI18n();
  const t = i18n.getFixedT(lang, 'summaries') as TFunction;
  const f = s.figures;
  const territory = f.territory ? pickTranslation(f.territory.name, lang) : '';
  const planTitle = pickTranslation(f.plan.title, lang);
  const title = t('heading', { year: s.year });
  const number = new Intl.NumberFormat(lang);
  // Publication and generation instants, as the territory's calendar reads them.
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: place.timeZone }).format(new Date(iso));
  const { doc, done } = taggedPdf({ lang, title: `${territory} — ${title}`, author: territory || 'Polyphony', subject: planTitle });
  const b = pdfBlocks(doc);

  /**
   * A name (line, indicator, unit) in the PDF's language: as written; else machine translated, followed by "*"; else
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
  const c: SummaryPdfContext = {
    b,
    s,
    lang,
    t,
    web: i18n.getFixedT(lang, 'web') as TFunction,
    acc: i18n.getFixedT(lang, 'accountability') as TFunction,
    planT: i18n.getFixedT(lang, 'plan') as TFunction,
    number,
    label: (kind, key) => place.label(kind, key),
    nameOf,
    unitOf: (key) => {
      const text = place.units?.get(key);
      return text ? nameOf(`indicator.unit.${key}`, text) : place.label('indicator_unit', key);
    },
    namesNote: (prefix) => {
      const kinds = new Set([...shownNames].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v));
      if (kinds.has('machine')) b.note(t('pdf.namesMachineTranslated'));
      if (kinds.has('original')) b.note(t('pdf.namesOriginal'));
    },
  };

  /**
   * A narrative section in the PDF's language: as written; else machine translated (given by the caller,
   * block by block) and marked as such with the language of the original; else, when translation is off,
   * the original (tagged with its language) with a note saying which language it is in.
   */
  const narrative = (section: SummarySection) => {
    const n = narrativeBlocks(s, section, lang);
    if (!n) return;
    b.heading(3, t(`sections.${section}`));
    const translated = n.missing ? n.blocks.map((_, i) => place.narratives?.get(`${section}.${i}`)) : [];
    const machine = n.missing && translated.every((x) => !!x);
    if (machine) b.note(t('pdf.machineTranslated', { language: t(`languages.${n.lang}`) }));
    else if (n.missing) b.note(t('fallback', { language: t(`languages.${n.lang}`) }));
    n.blocks.forEach((block, i) =>
      b.paragraph(machine ? translated[i]!.text : block, { lang: n.missing && !machine ? n.lang : undefined }),
    );
  };

  // ---- Cover ---------------------------------------------------------------------------------
  b.cover({
    colour: coverColour(place.colour),
    territory,
    title: [
      { text: t('pdf.coverTitle'), size: 26 },
      { text: String(s.year), size: 84, bold: true },
    ],
    lines: [
      { text: planTitle, size: 17, bold: true, colour: COLOURS.ink },
      { text: t('pdf.period', { start: f.plan.periodStart, end: f.plan.periodEnd }), size: 12 },
      {
        text:
          s.status === 'draft'
            ? t('pdf.draft', { version: s.version })
            : t('pdf.published', { version: s.version, date: date(s.publishedAt!) }),
        bold: true,
        colour: s.status === 'draft' ? STATUS_COLOURS.off_track : COLOURS.darkBlue,
      },
      ...(s.supersededBy ? [{ text: t('supersededBy', { version: s.supersededBy }), size: 10 }] : []),
      ...(s.correctionReason ? [{ text: `${t('correction.reason')}: ${s.correctionReason}`, size: 10 }] : []),
      { text: t('generatedOn', { date: date(f.generatedAt) }), size: 10 },
    ],
  });

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
  b.tagged('H2', () => {
    doc.font('Helvetica-Bold').fontSize(10).fillColor(COLOURS.grey);
    b.write(t('pdf.inBrief').toUpperCase(), PAGE.margin, boxY - 20, { characterSpacing: 0.8 });
  });
  b.group('L', () =>
    brief.forEach((x, i) => {
      const left = PAGE.margin + i * (boxW + 10);
      b.artifact(() => doc.roundedRect(left, boxY, boxW, 84, 6).fill('#eef4fb'));
      b.group('LI', () =>
        b.tagged('LBody', () => {
          doc.fillColor(COLOURS.darkBlue).font('Helvetica-Bold').fontSize(20);
          b.write(`${x.value} `, left + 10, boxY + 14, { width: boxW - 20, lineBreak: false });
          doc.fillColor(COLOURS.ink).font('Helvetica').fontSize(9);
          b.write(x.label, left + 10, boxY + 44, { width: boxW - 20 });
        }),
      );
    }),
  );

  // ---- Key figures and introduction -----------------------------------------------------------
  doc.addPage();
  b.heading(2, t('keyFigures.title'));
  keyFigureCards(c);
  b.note(
    f.previous.source === 'published'
      ? t('delta.againstPublished', { year: f.previous.year, version: f.previous.version })
      : t('delta.againstComputed', { year: f.previous.year }),
  );
  narrative('introduction');
  narrative('highlights');
  participationPart(c);
  progressPart(c, narrative);
  partnersPart(c, narrative);

  b.footer(
    (page, pages) => `${territory} · ${title} · ${t('pdf.page', { page, pages })}`,
    s.status === 'draft' ? t('pdf.watermark') : undefined,
  );
  doc.end();
  return done;
}

const KEYS = [
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

/** The twelve key figures as cards, three a row, each with its change from the previous year: a list, the frames decoration. */
function keyFigureCards(c: SummaryPdfContext) {
  const { b, t, lang, s } = c;
  const doc = b.doc;
  const f = s.figures;
  const cardW = (CONTENT - 2 * 12) / 3;
  const cardH = 66;
  const top = doc.y;
  b.group('L', () =>
    KEYS.forEach((k, i) => {
      const x = PAGE.margin + (i % 3) * (cardW + 12);
      const y = top + Math.floor(i / 3) * (cardH + 10);
      b.artifact(() => doc.roundedRect(x, y, cardW, cardH, 5).lineWidth(0.8).strokeColor(COLOURS.rule).stroke());
      b.group('LI', () =>
        b.tagged('LBody', () => {
          doc.fillColor(COLOURS.darkBlue).font('Helvetica-Bold').fontSize(18);
          b.write(`${formatKey(k, f.key[k], lang, f.participation.minCell)} `, x + 10, y + 8, { width: cardW - 20, lineBreak: false });
          doc.fillColor(COLOURS.ink).font('Helvetica').fontSize(8.5);
          b.write(`${t(`key.${k}`)} `, x + 10, y + 31, { width: cardW - 20, lineBreak: false });
          const d = keyDelta(k, f.key[k], f.previous.key[k], lang);
          const dy = y + 48;
          if (d.direction === 'up' || d.direction === 'down') {
            const cx = x + 14;
            const colour = d.direction === 'up' ? '#0b7a61' : '#8a4b00';
            if (d.direction === 'up') doc.polygon([cx - 4, dy + 7], [cx + 4, dy + 7], [cx, dy + 1]).fill(colour);
            else doc.polygon([cx - 4, dy + 1], [cx + 4, dy + 1], [cx, dy + 7]).fill(colour);
            doc.fillColor(colour).font('Helvetica-Bold').fontSize(8.5);
            b.write(t('delta.change', { delta: d.text, year: f.previous.year }), x + 22, dy, { width: cardW - 32, lineBreak: false });
          } else {
            doc.fillColor(COLOURS.grey).font('Helvetica').fontSize(8.5);
            const same =
              d.direction === 'same' ? t('delta.same', { year: f.previous.year }) : t('delta.unknown', { year: f.previous.year });
            b.write(same, x + 10, dy, { width: cardW - 20, lineBreak: false });
          }
        }),
      );
    }),
  );
  doc.y = top + 4 * (cardH + 10);
  doc.x = PAGE.margin;
}
