import type { TFunction } from 'i18next';
import type { AnnualSummary, IndicatorStatus, Language, TranslatedText } from '@polyphony/contracts';
import type { PdfBlocks } from '../core/pdf/pdf-blocks';
import { COLOURS, CONTENT, PAGE, winAnsi } from '../core/pdf/pdf-output';

export const STATUS_COLOURS: Record<IndicatorStatus, string> = {
  on_track: '#0b7a61',
  at_risk: '#a35400',
  off_track: '#b3261e',
  no_data: '#777777',
};
const CATEGORY_COLOURS = ['#1c5fa8', '#6a3d9a', '#3949ab', '#0b7a61', '#a35400', '#1976d2', '#00838f', '#616161'];

/** What the summary's parts draw with: the blocks, the summary, its language and the names as the PDF shows them. */
export interface SummaryPdfContext {
  b: PdfBlocks;
  s: AnnualSummary;
  lang: Language;
  /** The summaries, web, accountability and plan catalogues in `lang`. */
  t: TFunction;
  web: TFunction;
  acc: TFunction;
  planT: TFunction;
  number: Intl.NumberFormat;
  /** Names a taxonomy key (regions) in `lang`. */
  label: (kind: 'region', key: string) => string;
  /** A line's or indicator's name in `lang`, starred when machine translated, "(FR)" when left in its original. */
  nameOf: (key: string, text: TranslatedText) => string;
  /** An indicator unit's label, marked like names. */
  unitOf: (key: string) => string;
  /** Says once what the signs after the names of a part mean. */
  namesNote: (prefix: string) => void;
}

export interface BarRow {
  label: string;
  value: number | null;
  display: string;
  colour?: string;
}

/**
 * Horizontal bars (label, bar scaled on `max`, value; a hidden value is written, never drawn), as one figure
 * whose text alternative reads every label with its value.
 */
export function bars(
  c: SummaryPdfContext,
  title: string,
  rows: BarRow[],
  max: number,
  options: { labelWidth?: number; scaleMax?: number } = {},
) {
  const { b } = c;
  const doc = b.doc;
  const labelWidth = options.labelWidth ?? 170;
  const valueWidth = 70;
  const barX = PAGE.margin + labelWidth + 8;
  const barWidth = CONTENT - labelWidth - 8 - valueWidth - 6;
  const scale = options.scaleMax ?? Math.max(max, 1);
  if (!rows.length) return;
  b.figure(`${title}: ${rows.map((r) => `${r.label}: ${r.display}`).join('; ')}.`, () => {
    for (const [i, row] of rows.entries()) {
      doc.font('Helvetica').fontSize(9.5);
      const labelHeight = doc.heightOfString(winAnsi(row.label), { width: labelWidth });
      const h = Math.max(16, labelHeight + 4);
      b.ensure(h + 4);
      const y = doc.y;
      doc.fillColor(COLOURS.ink);
      b.write(row.label, PAGE.margin, y + 2, { width: labelWidth, lineBreak: true });
      doc.rect(barX, y + 3, barWidth, 10).fill(COLOURS.light);
      if (row.value !== null && row.value > 0)
        doc
          .rect(barX, y + 3, Math.max(1.5, (barWidth * Math.min(row.value, scale)) / scale), 10)
          .fill(row.colour ?? CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]);
      doc
        .font(row.value === null ? 'Helvetica-Oblique' : 'Helvetica-Bold')
        .fontSize(9.5)
        .fillColor(row.value === null ? COLOURS.grey : COLOURS.ink);
      b.write(row.display, barX + barWidth + 6, y + 2, { width: valueWidth, align: 'right', lineBreak: false });
      doc.y = y + h;
    }
  });
  doc.x = PAGE.margin;
  doc.fillColor(COLOURS.ink);
}

/** The legend of the indicator chart (latest value, target, expected by now), as a figure saying the same in words. */
function legend(c: SummaryPdfContext) {
  const { b, t } = c;
  const doc = b.doc;
  b.ensure(30);
  const words = [t('indicators.legendLatest'), t('indicators.legendTarget'), t('indicators.legendExpected')];
  b.figure(words.join(' · '), () => {
    const y = doc.y + 2;
    let x = PAGE.margin;
    doc.font('Helvetica').fontSize(8.5);
    doc.rect(x, y + 1, 14, 7).fill(STATUS_COLOURS.on_track);
    doc.fillColor(COLOURS.ink);
    b.write(words[0], x + 18, y, { lineBreak: false });
    x += 24 + doc.widthOfString(winAnsi(words[0])) + 14;
    doc.rect(x + 5, y - 1, 2, 11).fill(COLOURS.ink);
    doc.fillColor(COLOURS.ink);
    b.write(words[1], x + 12, y, { lineBreak: false });
    x += 18 + doc.widthOfString(winAnsi(words[1])) + 14;
    doc.polygon([x + 2, y - 1], [x + 10, y - 1], [x + 6, y + 5]).fill(COLOURS.grey);
    doc.fillColor(COLOURS.ink);
    b.write(words[2], x + 14, y, { lineBreak: false });
    doc.y = y + 18;
  });
  doc.x = PAGE.margin;
}

/**
 * The indicators against their targets: a table with a row per indicator, its name heading the row, then its
 * chart (baseline to latest value, target mark, expected-by-now mark) with the values in words, then its status.
 * Many indicators: one line each (name cut with an ellipsis, the whole name kept for screen readers).
 */
export function indicatorTable(c: SummaryPdfContext) {
  const { b, t, acc, number, s } = c;
  const doc = b.doc;
  const f = s.figures;
  legend(c);
  const compact = f.indicators.items.length > 24;
  const nameWidth = compact ? 190 : 200;
  const valuesWidth = compact ? 70 : 0;
  const chartX = PAGE.margin + nameWidth + 10;
  const chartW = CONTENT - nameWidth - 10 - 80 - valuesWidth;
  b.group('Table', () => {
    for (const i of f.indicators.items) {
      const name = `${i.actionCode} · ${c.nameOf(`indicator.${i.id}`, i.name)}`;
      const quantitative = i.kind === 'quantitative' && i.targetValue !== null;
      const latest = i.latestValue === null ? '—' : number.format(i.latestValue);
      const unit = i.unit ? ` ${c.unitOf(i.unit)}` : '';
      const valuesText =
        i.targetValue === null
          ? ''
          : t('indicators.values', {
              latest,
              target: number.format(i.targetValue),
              unit,
              year: i.targetDate?.slice(0, 4) ?? f.plan.periodEnd,
            });
      doc.font('Helvetica').fontSize(8);
      // A long unit may take the values to a second line under the bar: the row grows with them.
      const valuesHeight = quantitative && !compact ? doc.heightOfString(winAnsi(valuesText), { width: chartW }) : 0;
      doc.font('Helvetica').fontSize(compact ? 8 : 9);
      const h = compact ? 19 : Math.max(30, doc.heightOfString(winAnsi(name), { width: nameWidth }) + 16, valuesHeight + 20);
      b.ensure(h + 6);
      const y = doc.y;
      const colour = STATUS_COLOURS[i.status];
      const bar = compact ? 7 : 10;
      b.group('TR', () => {
        b.tagged(
          'TH',
          () => {
            doc
              .font('Helvetica')
              .fontSize(compact ? 8 : 9)
              .fillColor(COLOURS.ink);
            b.write(
              name,
              PAGE.margin,
              y + (compact ? 2 : 0),
              compact ? { width: nameWidth, lineBreak: false, ellipsis: true, height: 10 } : { width: nameWidth },
            );
          },
          compact ? { actual: name } : {},
        );
        b.tagged('TD', () => {
          if (quantitative && i.targetValue !== null) {
            const values = [i.targetValue, i.baselineValue ?? 0, i.latestValue ?? 0, i.expectedValue ?? 0, 0];
            const lo = Math.min(...values);
            const hi = Math.max(...values) * 1.08 || 1;
            const at = (v: number) => chartX + ((v - lo) / (hi - lo || 1)) * chartW;
            doc.rect(chartX, y + 3, chartW, bar).fill(COLOURS.light);
            if (i.latestValue !== null) {
              const from = at(i.baselineValue ?? lo);
              const to = at(i.latestValue);
              doc.rect(Math.min(from, to), y + 3, Math.max(1.5, Math.abs(to - from)), bar).fill(colour);
            }
            doc.rect(at(i.targetValue) - 1, y, 2, bar + 6).fill(COLOURS.ink);
            if (i.expectedValue !== null) {
              const ex = at(i.expectedValue);
              doc.polygon([ex - 4, y - 3], [ex + 4, y - 3], [ex, y + 3]).fill(COLOURS.grey);
            }
            doc
              .font('Helvetica')
              .fontSize(compact ? 7.5 : 8)
              .fillColor(COLOURS.grey);
            if (compact)
              b.write(`${latest} / ${number.format(i.targetValue)}`, chartX + chartW + 6, y + 3, {
                width: valuesWidth - 6,
                lineBreak: false,
                ellipsis: true,
                height: 9,
              });
            else b.write(valuesText, chartX, y + 16, { width: chartW });
          } else {
            doc
              .font('Helvetica-Oblique')
              .fontSize(compact ? 7.5 : 8.5)
              .fillColor(COLOURS.grey);
            b.write(i.kind === 'qualitative' ? t('indicators.qualitative') : t('indicators.noTarget'), chartX, y + 2, {
              width: chartW + valuesWidth,
              lineBreak: false,
              ellipsis: true,
              height: 10,
            });
          }
        });
        b.tagged('TD', () => {
          doc
            .font('Helvetica-Bold')
            .fontSize(compact ? 7.5 : 8.5)
            .fillColor(colour);
          b.write(acc(`status.${i.status}`), chartX + chartW + valuesWidth + 8, y + (compact ? 2 : 3), {
            width: 72,
            align: 'right',
            lineBreak: false,
          });
        });
      });
      doc.y = y + h;
      doc.x = PAGE.margin;
    }
  });
}
