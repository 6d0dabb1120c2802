import PDFDocument from 'pdfkit';
import { pickTranslation } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import { actionFacts, indicatorLine, plainText, sectionHeading, type PlanDocument } from './plan-document';

/**
 * The standard PDF fonts (Helvetica, Times) are WinAnsi-encoded: every letter French, Spanish,
 * Catalan and English need is there (é è ê à ç œ ñ ¿ ¡ l·l ï ü « » € and typographic quotes),
 * so no font file is shipped. Anything outside WinAnsi (another script in a quote) becomes "?".
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === '\u2009' || ch === '\u202f' || ch === '\t') out += ' ';
    else if (ch === '\u2011' || ch === '\u2010') out += '-';
    else out += '?';
  }
  return out;
}

const BLUE = '#1c5fa8';
const GREY = '#555555';

/** Collects a pdfkit document's output: resolves to the file's bytes once `doc.end()` is called. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Renders the plan as an A4 PDF (pdfkit, standard fonts), resolving to the file's bytes. */
export function renderPlanPdf(d: PlanDocument): Promise<Buffer> {
  const { t, lang } = d;
  const web = serverI18n().getFixedT(lang, 'web');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 60, right: 60 },
    bufferPages: true,
    info: { Title: winAnsi(d.title), Author: 'Polyphony', Subject: winAnsi(d.edition) },
    lang,
    displayTitle: true,
  } as PDFKit.PDFDocumentOptions);
  const done = pdfBytes(doc);
  const text = (s: string, opts: PDFKit.Mixins.TextOptions = {}) => doc.text(winAnsi(s), opts);
  const width = doc.page.width - 120;
  /** The note under a paragraph not written in the document's language by a person (machine translated, to review, or original). */
  const markNote = (paragraphId: string) => {
    const note = d.note(paragraphId);
    if (!note) return;
    doc.font('Helvetica-Oblique').fontSize(9).fillColor(GREY);
    text(note.text, { width, paragraphGap: 6 });
    doc.font('Times-Roman').fontSize(11).fillColor('black');
  };

  // Cover.
  doc.moveDown(6).font('Helvetica-Bold').fontSize(26).fillColor(BLUE);
  text(d.title, { width });
  doc.moveDown(0.5).font('Helvetica').fontSize(14).fillColor('black');
  text(`${d.period} · ${d.status}`);
  doc.moveDown(0.3).fontSize(11).fillColor(GREY);
  text(d.edition);
  for (const l of d.legend) text(l);
  text(t('export.generated', { date: d.generatedOn }));

  for (const s of d.sections) {
    const h = sectionHeading(d, s);
    if (s.kind === 'strategic_line' || s.kind === 'general_objective' || (s.kind === 'text' && s === d.sections[0])) doc.addPage();
    else doc.moveDown(1);
    if (doc.y > doc.page.height - 160) doc.addPage();
    if (h.label) doc.font('Helvetica').fontSize(9).fillColor(GREY) && text(h.label.toUpperCase(), { characterSpacing: 0.5 });
    doc
      .font('Helvetica-Bold')
      .fontSize(s.kind === 'action' ? 13 : 17)
      .fillColor(s.kind === 'action' ? 'black' : BLUE);
    text(h.title || '—', { width });
    doc.moveDown(0.4).font('Times-Roman').fontSize(11).fillColor('black');
    for (const p of s.content.paragraphs) {
      text(plainText(pickTranslation(p.text, lang)), { width, align: 'justify', paragraphGap: 6 });
      markNote(p.id);
    }
    if (s.kind === 'action' && s.content.expectedResults.length) {
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10);
      text(t('fields.expectedResults'));
      doc.font('Times-Roman').fontSize(11);
      for (const p of s.content.expectedResults) {
        text(`• ${plainText(pickTranslation(p.text, lang))}`, { width, paragraphGap: 3 });
        markNote(p.id);
      }
    }
    const facts = actionFacts(d, s);
    if (facts.length) {
      doc.moveDown(0.3).fontSize(10);
      for (const f of facts) {
        doc.font('Helvetica-Bold');
        text(`${f.label}: `, { continued: true });
        doc.font('Helvetica');
        text(f.value, { width });
      }
    }
    if (s.content.indicators.length) {
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10);
      text(t('fields.indicators'));
      doc.font('Helvetica').fontSize(10);
      for (const i of s.content.indicators) text(`• ${indicatorLine(d, i)}`, { width });
    }
    if (s.sources.total) {
      doc.moveDown(0.2).font('Helvetica-Oblique').fontSize(9).fillColor(GREY);
      text(t('export.sources', { count: s.sources.total }));
      doc.fillColor('black');
    }
  }

  // Annex: how the plan was built.
  const a = d.annex;
  doc.addPage().font('Helvetica-Bold').fontSize(17).fillColor(BLUE);
  text(t('export.annex.title'));
  doc.moveDown(0.5).font('Times-Roman').fontSize(11).fillColor('black');
  text(t('export.annex.intro'), { width });
  doc.moveDown(0.5);
  for (const line of [
    t('export.annex.interviews', { count: a.interviews }),
    t('export.annex.meetings', { count: a.meetings }),
    t('export.annex.institutions', { count: a.institutions }),
    t('export.annex.rooms', { count: a.rooms, messages: a.roomMessages }),
    t('export.annex.proposals', { count: a.proposals }),
    t('export.annex.participants', { count: a.participants, contributions: a.contributions }),
    t('export.annex.provenance', { count: a.provenanceLinks, accepted: a.suggestionsAccepted }),
  ])
    text(`• ${line}`, { width });
  doc.moveDown(1).font('Helvetica-Bold').fontSize(11);
  text(t('export.annex.byCategory'));
  doc.moveDown(0.3).fontSize(10);
  const cols = [60, 330, 440];
  const row = (cells: string[], bold: boolean) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((c, i) => doc.text(winAnsi(c), cols[i], y, { width: i === 0 ? 260 : 100, align: i === 0 ? 'left' : 'right' }));
    doc
      .moveTo(60, doc.y + 2)
      .lineTo(540, doc.y + 2)
      .strokeColor('#cccccc')
      .stroke();
    doc.y += 6;
    doc.x = 60;
  };
  row([t('export.annex.category'), t('export.annex.participantsColumn'), t('export.annex.contributionsColumn')], true);
  for (const r of a.byCategory) row([web(`categories.${r.category}`), String(r.participants), String(r.contributions ?? 0)], false);

  // Page numbers in the footer.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(winAnsi(`${d.title} · ${t('export.page', { page: i + 1, pages: range.count })}`), 60, doc.page.height - 40, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
