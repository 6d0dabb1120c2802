import { pickTranslation } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import { actionFacts, indicatorLine, sectionHeading, type PlanDocument } from './plan-document';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `
  @page { size: A4; margin: 20mm 18mm; }
  body { font-family: Georgia, 'Times New Roman', serif; color: #1a1a1a; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.2; }
  h1 { font-size: 2rem; margin-bottom: .25rem; }
  .meta { color: #444; margin: 0 0 2rem; }
  .label { display: block; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: #555; }
  section.line { break-before: page; }
  section.action { border-left: 3px solid #1c5fa8; padding-left: 1rem; margin: 1.5rem 0; break-inside: avoid-page; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; font-size: .95rem; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .sources { font-size: .85rem; color: #444; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; }
  td.n { text-align: right; }
  nav ol { padding-left: 1.2rem; }
  .mt { font-size: .85rem; font-style: italic; color: #444; margin: .2rem 0 .8rem; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } nav { break-after: page; } }
`;

/** The plan as a printable HTML page in one language (paragraphs are the stored, sanitised HTML). */
export function renderPlanHtml(d: PlanDocument): string {
  const { t, lang } = d;
  const web = serverI18n().getFixedT(lang, 'web');
  const out: string[] = [];
  out.push(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
  );
  out.push(`<title>${esc(d.title)}</title><style>${CSS}</style></head><body>`);
  out.push(
    `<header><h1>${esc(d.title)}</h1><p class="meta">${esc(d.period)} · ${esc(d.status)} · ${esc(d.edition)}</p>${d.legend.map((l) => `<p class="mt">${esc(l)}</p>`).join('')}</header>`,
  );
  /** A paragraph's HTML in the document's language; one not written in it by a person carries its note (and its own lang when shown in the original). */
  const paragraph = (id: string, html: Record<string, string | undefined> | undefined) => {
    const body = html?.[lang] ?? pickHtml(html) ?? '';
    const note = d.note(id);
    if (!note) return body;
    const inner = note.mark.kind === 'original' ? `<div lang="${note.mark.from}">${body}</div>` : body;
    return `<div class="official">${inner}<p class="mt">${esc(note.text)}</p></div>`;
  };
  const lines = d.sections.filter((s) => s.kind === 'strategic_line');
  out.push(`<nav aria-labelledby="toc"><h2 id="toc">${esc(t('export.contents'))}</h2><ol>`);
  for (const s of d.sections.filter((x) => x.kind !== 'action')) {
    const h = sectionHeading(d, s);
    out.push(`<li><a href="#s-${s.id}">${esc([h.label, h.title].filter(Boolean).join(' — '))}</a></li>`);
  }
  out.push(`<li><a href="#annex">${esc(t('export.annex.title'))}</a></li></ol></nav><main>`);
  for (const s of d.sections) {
    const h = sectionHeading(d, s);
    const level = s.kind === 'action' ? 3 : 2;
    const cls = s.kind === 'strategic_line' ? 'line' : s.kind === 'action' ? 'action' : 'section';
    out.push(
      `<section class="${cls}" id="s-${s.id}" aria-labelledby="h-${s.id}"><h${level} id="h-${s.id}">${h.label ? `<span class="label">${esc(h.label)}</span>` : ''}${esc(h.title)}</h${level}>`,
    );
    for (const p of s.content.paragraphs) out.push(paragraph(p.id, s.html[p.id]));
    if (s.kind === 'action') {
      if (s.content.expectedResults.length) {
        out.push(`<h4>${esc(t('fields.expectedResults'))}</h4>`);
        for (const p of s.content.expectedResults) out.push(paragraph(p.id, s.html[p.id]));
      }
      const facts = actionFacts(d, s);
      if (facts.length) out.push(`<dl>${facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>`);
      if (s.content.indicators.length) {
        out.push(
          `<h4>${esc(t('fields.indicators'))}</h4><ul>${s.content.indicators.map((i) => `<li>${esc(indicatorLine(d, i))}</li>`).join('')}</ul>`,
        );
      }
    } else if (s.content.geographicPriorities.length) {
      out.push(
        `<dl>${actionFacts(d, s)
          .map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`)
          .join('')}</dl>`,
      );
    }
    if (s.sources.total) out.push(`<p class="sources">${esc(t('export.sources', { count: s.sources.total }))}</p>`);
    out.push(`</section>`);
    void lines;
  }
  const a = d.annex;
  out.push(`<section class="line" id="annex" aria-labelledby="annex-title"><h2 id="annex-title">${esc(t('export.annex.title'))}</h2>`);
  out.push(`<p>${esc(t('export.annex.intro'))}</p><ul>`);
  out.push(
    `<li>${esc(t('export.annex.interviews', { count: a.interviews }))}</li><li>${esc(t('export.annex.meetings', { count: a.meetings }))}</li>`,
  );
  out.push(
    `<li>${esc(t('export.annex.institutions', { count: a.institutions }))}</li><li>${esc(t('export.annex.rooms', { count: a.rooms, messages: a.roomMessages }))}</li>`,
  );
  out.push(
    `<li>${esc(t('export.annex.proposals', { count: a.proposals }))}</li><li>${esc(t('export.annex.participants', { count: a.participants, contributions: a.contributions }))}</li>`,
  );
  out.push(`<li>${esc(t('export.annex.provenance', { count: a.provenanceLinks, accepted: a.suggestionsAccepted }))}</li></ul>`);
  out.push(
    `<table><caption>${esc(t('export.annex.byCategory'))}</caption><thead><tr><th scope="col">${esc(t('export.annex.category'))}</th><th scope="col">${esc(t('export.annex.participantsColumn'))}</th><th scope="col">${esc(t('export.annex.contributionsColumn'))}</th></tr></thead><tbody>`,
  );
  for (const r of a.byCategory)
    out.push(
      `<tr><th scope="row">${esc(web(`categories.${r.category}`))}</th><td class="n">${r.participants}</td><td class="n">${r.contributions ?? 0}</td></tr>`,
    );
  out.push(
    `</tbody></table></section></main><footer><p class="meta">${esc(t('export.generated', { date: d.generatedOn }))}</p></footer></body></html>`,
  );
  return out.join('\n');
}

const pickHtml = (html: Record<string, string | undefined> | undefined) => (html ? pickTranslation(html, 'fr') : undefined);
