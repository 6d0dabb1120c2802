import { pickTranslation, type TranslatedText } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import { pdfBlocks } from '../../core/pdf/pdf-blocks';
import { COLOURS, taggedPdf } from '../../core/pdf/pdf-output';
import { actionFacts, indicatorLine, plainText, sectionHeading, type PlanDocument } from './plan-document';

/**
 * Renders the plan as an A4 tagged PDF (pdfkit, standard fonts), laid out like the annual summary: a cover in
 * the territory's colour (territory, title, period, edition, date, language, what the signs after names mean),
 * then the sections one after another (a new page only when the next block does not fit, a heading never left
 * at the foot of a page), the annex on how the plan was built, page numbers and a running footer. Headings,
 * paragraphs, lists and the annex table are in the structure tree in reading order; a paragraph kept in its
 * original language says so with its own language. Resolves to the file's bytes.
 */
export function renderPlanPdf(d: PlanDocument): Promise<Buffer> {
  const { t, lang } = d;
  const web = serverI18n().getFixedT(lang, 'web');
  const { doc, done } = taggedPdf({ lang, title: d.title, author: d.territory || 'Polyphony', subject: d.edition });
  const b = pdfBlocks(doc);

  b.cover({
    colour: d.colour,
    territory: d.territory,
    title: [
      { text: d.title, size: d.title.length > 60 ? 22 : 26, bold: true },
      { text: d.period, size: 44, bold: true },
    ],
    lines: [
      { text: `${d.status} · ${d.edition}`, size: 13, bold: true, colour: COLOURS.darkBlue },
      { text: t('export.generated', { date: d.generatedOn }) },
      { text: t('export.language', { language: d.language }) },
      ...d.legend.map((l) => ({ text: l, size: 9.5 })),
    ],
  });
  doc.addPage();

  /** A paragraph or expected result as the document prints it, with the note when no person wrote it in `lang`. */
  const text = (p: { id: string; text: TranslatedText }) => {
    const note = d.note(p.id);
    return { text: plainText(pickTranslation(p.text, lang)), lang: note?.mark.kind === 'original' ? note.mark.from : undefined, note };
  };

  d.sections.forEach((s, index) => {
    const h = sectionHeading(d, s);
    const action = s.kind === 'action';
    if (index > 0) doc.moveDown(action ? 0.6 : 1);
    b.heading(action ? 3 : 2, h.title || '—', { label: h.label || undefined, colour: action ? COLOURS.ink : undefined });
    for (const p of s.content.paragraphs) {
      const shown = text(p);
      b.paragraph(shown.text, { lang: shown.lang });
      if (shown.note) b.note(shown.note.text);
    }
    if (action && s.content.expectedResults.length) {
      b.heading(4, t('fields.expectedResults'), { keep: 30 });
      b.list(
        s.content.expectedResults.map((p) => {
          const shown = text(p);
          return { text: shown.text, lang: shown.lang, after: shown.note ? () => b.note(shown.note!.text) : undefined };
        }),
        { serif: true, size: 11 },
      );
    }
    const facts = actionFacts(d, s);
    if (facts.length) {
      doc.moveDown(0.3);
      for (const f of facts) {
        b.ensure(16);
        b.tagged('P', () => {
          doc.font('Helvetica-Bold').fontSize(10).fillColor(COLOURS.ink);
          b.write(`${f.label}: `, doc.page.margins.left, undefined, { continued: true });
          doc.font('Helvetica');
          b.write(f.value, undefined, undefined, { width: doc.page.width - 2 * doc.page.margins.left, paragraphGap: 2 });
        });
      }
    }
    if (s.content.indicators.length) {
      b.heading(4, t('fields.indicators'), { keep: 30 });
      b.list(s.content.indicators.map((i) => indicatorLine(d, i)));
    }
    if (s.sources.total) b.note(t('export.sources', { count: s.sources.total }));
  });

  // Annex: how the plan was built.
  const a = d.annex;
  doc.moveDown(1);
  b.heading(2, t('export.annex.title'), { keep: 120 });
  b.paragraph(t('export.annex.intro'));
  b.list([
    t('export.annex.interviews', { count: a.interviews }),
    t('export.annex.meetings', { count: a.meetings }),
    t('export.annex.institutions', { count: a.institutions }),
    t('export.annex.rooms', { count: a.rooms, messages: a.roomMessages }),
    t('export.annex.proposals', { count: a.proposals }),
    t('export.annex.participants', { count: a.participants, contributions: a.contributions }),
    t('export.annex.provenance', { count: a.provenanceLinks, accepted: a.suggestionsAccepted }),
  ]);
  b.heading(3, t('export.annex.byCategory'), { keep: 40 });
  b.table(
    [t('export.annex.category'), t('export.annex.participantsColumn'), t('export.annex.contributionsColumn')],
    a.byCategory.map((r) => [web(`categories.${r.category}`), String(r.participants), String(r.contributions ?? 0)]),
    [0.5, 0.25, 0.25],
  );

  b.footer((page, pages) => [d.territory, d.title, t('export.page', { page, pages })].filter(Boolean).join(' · '));
  doc.end();
  return done;
}
