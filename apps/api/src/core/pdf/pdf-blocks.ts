import type { Language } from '@polyphony/contracts';
import { BOTTOM, COLOURS, CONTENT, PAGE, winAnsi } from './pdf-output';

type TextOptions = PDFKit.Mixins.TextOptions;
/** What a structure element may say of itself: its language when not the document's, a text alternative. */
export interface TagOptions {
  lang?: Language;
  alt?: string;
  /** The whole text when what is drawn is cut short (an ellipsis). */
  actual?: string;
}

/**
 * The building blocks both PDFs are made of, each drawn into the document's structure tree in reading order:
 * headings (H1-H3), paragraphs (P), lists (L, LI, Lbl, LBody), tables (Table, TR, TH, TD), figures with a
 * text alternative (Figure + Alt), and artifacts for what only decorates (bands, rules, page footers). A block
 * never leaves its heading alone at the foot of a page: headings keep room for what follows them.
 */
export function pdfBlocks(doc: PDFKit.PDFDocument) {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const parents: PDFKit.PDFStructureElement[] = [root];
  const parent = () => parents[parents.length - 1];

  /** Draws `draw` as the content of a new structure element `type` under the current group. */
  const tagged = (type: string, draw: () => void, options: TagOptions = {}) => {
    const el = doc.struct(type, options);
    parent().add(el);
    el.add(draw);
    el.end();
  };
  /** A structure element holding the ones `fill` adds (a list, a table, a row, a section). */
  const group = (type: string, fill: () => void, options: TagOptions = {}) => {
    const el = doc.struct(type, options);
    parent().add(el);
    parents.push(el);
    try {
      fill();
    } finally {
      parents.pop();
      el.end();
    }
  };
  /** What only decorates: kept out of the structure tree, skipped by screen readers. */
  const artifact = (draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') => {
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  };
  const write = (value: string, x?: number, y?: number, options: TextOptions = {}) =>
    x === undefined ? doc.text(winAnsi(value), options) : doc.text(winAnsi(value), x, y, options);
  /** A new page unless `height` points are still free above the footer. */
  const ensure = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };

  /** A heading: H1 for the document's title, H2 for its parts, H3 and H4 within them; kept with `keep` points of what follows. */
  const heading = (level: 1 | 2 | 3 | 4, value: string, options: { label?: string; keep?: number; colour?: string } = {}) => {
    const size = level === 4 ? 10 : level === 3 ? 11.5 : 17;
    doc.font('Helvetica-Bold').fontSize(size);
    const height = doc.heightOfString(winAnsi(value), { width: CONTENT }) + (options.label ? 14 : 0);
    ensure(height + (options.keep ?? (level > 2 ? 50 : 80)));
    doc.moveDown(level > 2 ? 0.5 : 0.6);
    tagged(`H${level}`, () => {
      if (options.label) {
        doc.font('Helvetica').fontSize(9).fillColor(COLOURS.grey);
        // The trailing space keeps label and title two words for screen readers and text extraction.
        write(`${options.label.toUpperCase()} `, PAGE.margin, undefined, { width: CONTENT, characterSpacing: 0.5 });
      }
      doc
        .font('Helvetica-Bold')
        .fontSize(size)
        .fillColor(options.colour ?? (level > 2 ? COLOURS.darkBlue : COLOURS.blue));
      write(value, PAGE.margin, undefined, { width: CONTENT });
    });
    if (level < 3)
      artifact(() =>
        doc
          .moveTo(PAGE.margin, doc.y + 2)
          .lineTo(PAGE.margin + 48, doc.y + 2)
          .lineWidth(2)
          .strokeColor(COLOURS.blue)
          .stroke(),
      );
    doc.moveDown(level > 2 ? 0.3 : 0.6).fillColor(COLOURS.ink);
  };

  /**
   * Body text (serif, ragged right: pdfkit draws justified lines word by word, which loses the spaces between
   * words for screen readers and text extraction); `lang` when it is not in the document's language.
   */
  const paragraph = (value: string, options: TagOptions & { text?: TextOptions } = {}) => {
    ensure(30);
    tagged(
      'P',
      () => {
        doc.font('Times-Roman').fontSize(11).fillColor(COLOURS.ink);
        write(value, PAGE.margin, undefined, { width: CONTENT, paragraphGap: 5, ...options.text });
      },
      { lang: options.lang },
    );
  };
  /** A small grey note (a method, a translation mark, a legend of signs). */
  const note = (value: string, options: TagOptions = {}) => {
    ensure(20);
    tagged(
      'P',
      () => {
        doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(COLOURS.grey);
        write(value, PAGE.margin, undefined, { width: CONTENT, paragraphGap: 3 });
        doc.fillColor(COLOURS.ink);
      },
      options,
    );
  };

  /** A bulleted list: each item a label (the bullet) and a body, `lang` per item when it is not the document's. */
  const list = (
    items: (string | { text: string; lang?: Language; after?: () => void })[],
    options: { size?: number; serif?: boolean } = {},
  ) => {
    const size = options.size ?? 10;
    group('L', () => {
      for (const raw of items) {
        const item = typeof raw === 'string' ? { text: raw } : raw;
        doc.font(options.serif ? 'Times-Roman' : 'Helvetica').fontSize(size);
        ensure(Math.min(doc.heightOfString(winAnsi(item.text), { width: CONTENT - 14 }), 60) + 4);
        const y = doc.y;
        group('LI', () => {
          tagged('Lbl', () => {
            doc.fillColor(COLOURS.grey);
            write('•', PAGE.margin + 2, y, { lineBreak: false });
          });
          tagged(
            'LBody',
            () => {
              doc
                .font(options.serif ? 'Times-Roman' : 'Helvetica')
                .fontSize(size)
                .fillColor(COLOURS.ink);
              write(item.text, PAGE.margin + 14, y, { width: CONTENT - 14, paragraphGap: 3 });
            },
            { lang: item.lang },
          );
          item.after?.();
        });
        doc.x = PAGE.margin;
      }
    });
  };

  /**
   * A table: a header row of column headings (TH), then rows whose first cell heads the row (TH) and the others
   * are data (TD). Columns share the width as `widths` (fractions) say; numbers are right-aligned.
   */
  const table = (header: string[], rows: string[][], widths: number[]) => {
    const xs = widths.map((_, i) => PAGE.margin + CONTENT * widths.slice(0, i).reduce((a, w) => a + w, 0));
    const row = (cells: string[], head: boolean) => {
      doc.font(head ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(winAnsi(c), { width: CONTENT * widths[i] - 8 })));
      ensure(h + 8);
      const y = doc.y;
      group('TR', () =>
        cells.forEach((c, i) =>
          tagged(head || i === 0 ? 'TH' : 'TD', () => {
            doc
              .font(head || i === 0 ? 'Helvetica-Bold' : 'Helvetica')
              .fontSize(10)
              .fillColor(COLOURS.ink);
            write(c, xs[i] + (i ? 8 : 0), y, { width: CONTENT * widths[i] - 8, align: i === 0 ? 'left' : 'right' });
          }),
        ),
      );
      artifact(() =>
        doc
          .moveTo(PAGE.margin, y + h + 3)
          .lineTo(PAGE.margin + CONTENT, y + h + 3)
          .lineWidth(head ? 1 : 0.5)
          .strokeColor(COLOURS.rule)
          .stroke(),
      );
      doc.x = PAGE.margin;
      doc.y = y + h + 8;
    };
    group('Table', () => {
      row(header, true);
      for (const r of rows) row(r, false);
    });
  };

  /** A chart or picture: drawn by `draw`, read by screen readers as `alt` (what it shows, in words). */
  const figure = (alt: string, draw: () => void) => tagged('Figure', draw, { alt });

  /**
   * The cover: a band in the territory's colour with its name and the document's title (H1, `title` lines
   * drawn in white at their sizes), a gold rule, then the lines below it (P each).
   */
  const cover = (c: {
    colour: string;
    territory: string;
    title: { text: string; size: number; bold?: boolean }[];
    lines: { text: string; size?: number; bold?: boolean; colour?: string; lang?: Language }[];
  }) => {
    artifact(() => {
      doc.rect(0, 0, PAGE.width, 330).fill(c.colour);
      doc.rect(0, 330, PAGE.width, 6).fill(COLOURS.gold);
    });
    if (c.territory)
      tagged('P', () => {
        doc.fillColor('white').font('Helvetica-Bold').fontSize(13);
        write(c.territory.toUpperCase(), PAGE.margin, 96, { width: CONTENT, characterSpacing: 1 });
      });
    doc.y = 140;
    tagged('H1', () => {
      for (const [i, l] of c.title.entries()) {
        doc
          .fillColor('white')
          .font(l.bold ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(l.size);
        write(i < c.title.length - 1 ? `${l.text} ` : l.text, PAGE.margin, undefined, { width: CONTENT });
      }
    });
    doc.y = 370;
    for (const l of c.lines)
      tagged(
        'P',
        () => {
          doc
            .font(l.bold ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(l.size ?? 11)
            .fillColor(l.colour ?? COLOURS.grey);
          write(l.text, PAGE.margin, undefined, { width: CONTENT, paragraphGap: 4 });
        },
        { lang: l.lang },
      );
    doc.fillColor(COLOURS.ink);
  };

  /** Page numbers and a running line at the foot of every page (and a watermark on drafts), as artifacts. */
  const footer = (line: (page: number, pages: number) => string, watermark?: string) => {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      artifact(() => {
        if (watermark) {
          doc.save();
          doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
          doc.font('Helvetica-Bold').fontSize(90).fillColor('#b3261e').fillOpacity(0.08);
          write(watermark, 0, PAGE.height / 2 - 45, { width: PAGE.width, align: 'center', lineBreak: false });
          doc.restore();
          doc.fillOpacity(1);
        }
        doc.font('Helvetica').fontSize(8).fillColor(COLOURS.grey);
        write(line(i + 1, range.count), PAGE.margin, PAGE.height - 36, { width: CONTENT, align: 'center', lineBreak: false });
      }, 'Pagination');
      doc.page.margins.bottom = bottom;
    }
  };

  return { doc, write, ensure, tagged, group, artifact, heading, paragraph, note, list, table, figure, cover, footer };
}

export type PdfBlocks = ReturnType<typeof pdfBlocks>;
