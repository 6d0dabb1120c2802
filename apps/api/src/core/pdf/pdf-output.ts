import PDFDocument from 'pdfkit';
import type { Language } from '@polyphony/contracts';

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

/** Collects a pdfkit document's output: resolves to the file's bytes once `doc.end()` is called. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** A4 in points, the margin of text, the width between margins and the lowest line body text may reach. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56 };
export const CONTENT = PAGE.width - 2 * PAGE.margin;
export const BOTTOM = PAGE.height - 70;

export const COLOURS = {
  blue: '#1c5fa8',
  darkBlue: '#123f70',
  ink: '#1a1a1a',
  grey: '#555555',
  light: '#e6ecf2',
  gold: '#d9a441',
  rule: '#c9d3de',
};

/**
 * A new A4 tagged PDF (ISO 32000-1 structure tree, marked content, the document's language in the catalog,
 * its title shown by viewers instead of the file name), buffered so the footer can number the pages at the end.
 */
export function taggedPdf(meta: { lang: Language; title: string; author: string; subject: string }) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: 40, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    info: { Title: winAnsi(meta.title), Author: winAnsi(meta.author), Subject: winAnsi(meta.subject), Creator: 'Polyphony' },
  });
  return { doc, done: pdfBytes(doc) };
}

/** The relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The territory's colour for the cover band when white text on it reads (contrast 4.5:1 or more), else the house blue. */
export function coverColour(primary: string | null | undefined): string {
  if (!primary || !/^#[0-9a-f]{6}$/i.test(primary)) return COLOURS.blue;
  return 1.05 / (luminance(primary) + 0.05) >= 4.5 ? primary : COLOURS.blue;
}
