import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A structure element as poppler reads it: its type, its depth in the tree and its text (for leaves). */
export interface StructNode {
  type: string;
  depth: number;
  text: string;
}

/**
 * What poppler (the real tools, Debian's poppler-utils) reads in a PDF: `pdfinfo` (tagged or not, pages),
 * the structure tree with each element's text (`pdfinfo -struct-text`) in its order, the text of each page
 * (`pdftotext`, in reading order), how far down each page its text reaches, and the languages its structure elements declare (`/Lang`, the catalog's
 * included).
 */
export function readPdf(pdf: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'poppler-'));
  const file = join(dir, 'doc.pdf');
  try {
    writeFileSync(file, pdf);
    const run = (tool: string, args: string[]) =>
      execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    const info = run('pdfinfo', []);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const nodes: StructNode[] = [];
    for (const line of run('pdfinfo', ['-struct-text']).split('\n')) {
      const depth = line.length - line.trimStart().length;
      const item = line.trim();
      if (!item) continue;
      if (item.startsWith('"')) nodes[nodes.length - 1].text += item.slice(1, -1);
      else nodes.push({ type: item.split(' ')[0], depth, text: '' });
    }
    // How far down each page its text reaches (above the footer, the last 50 points), as a share of the page's height.
    const filled = run('pdftotext', ['-bbox'])
      .split('<page ')
      .slice(1)
      .map((page) => {
        const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 1);
        const bottoms = [...page.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < height - 50);
        return Math.max(0, ...bottoms) / height;
      });
    const raw = pdf.toString('latin1');
    return {
      info,
      tagged: /^Tagged:\s+yes/m.test(info),
      pages: Array.from({ length: pages }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1)])),
      text: run('pdftotext', []),
      filled,
      nodes,
      /** The catalog's language (the document's). */
      lang: /\/Lang \(([a-z-]+)\)/.exec(/\/Type \/Catalog\n([^>]*)>>/.exec(raw)?.[1] ?? '')?.[1] ?? null,
      /** How many figures carry a text alternative (/Alt). */
      figuresWithAlt: (raw.match(/\/S \/Figure\n\/Alt \(/g) ?? []).length,
      /** Structure elements that declare their own language: [type, lang]. */
      languages: [...raw.matchAll(/\/S \/(\w+)\n\/Lang \(([a-z-]+)\)/g)].map((m) => [m[1], m[2]] as const),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text poppler's `pdftotext` reads in a PDF: one page or all of them, in reading order or laid out as printed (`-layout`). */
export function pdfText(pdf: Buffer, options: { page?: number; layout?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdftotext-'));
  const file = join(dir, 'doc.pdf');
  try {
    writeFileSync(file, pdf);
    const page = options.page ? ['-f', String(options.page), '-l', String(options.page)] : [];
    return execFileSync('pdftotext', [...page, ...(options.layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spaces and line breaks made single spaces: a sentence wrapped over lines reads whole. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
