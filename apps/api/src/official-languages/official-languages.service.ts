import { Injectable } from '@nestjs/common';
import { bestSourceLanguage, resolveText, type Language, type ReviewMark, type TranslatedText } from '@polyphony/contracts';
import { TranslationService } from '../translation/translation.service';
import { officialTranslator, type OfficialTranslator } from './official-translator';

/** A translatable field of some official content, keyed as its review marks are ("title", "paragraphs.<id>"...). */
export interface OfficialField {
  field: string;
  text: TranslatedText;
}

export interface FillResult {
  /** field -> the text with every wanted language present (filled ones from the machine). */
  texts: Map<string, TranslatedText>;
  /** One per filled field and language. */
  marks: ReviewMark[];
  /** Fields and languages still missing (engine off or failed). */
  missing: number;
}

/**
 * Official content in every language (issue 13, item 4): the editors' "fill the missing languages",
 * which stores machine translations marked "to review" (readers' fallback goes through POST
 * /api/translations from the web's useLocalize). Through the one translation service and its cache,
 * grouped by direction so each direction is one call.
 */
@Injectable()
export class OfficialLanguagesService {
  private readonly translator: OfficialTranslator;

  constructor(translation: TranslationService) {
    this.translator = officialTranslator(translation);
  }

  available(): Promise<boolean> {
    return this.translator.available();
  }

  /**
   * Editor side: every field gets every language of `languages` it lacks, machine translated from its
   * best source language, with a "to review" mark for each text filled.
   */
  async fill(fields: OfficialField[], languages: Language[]): Promise<FillResult> {
    const wanted: { key: string; field: string; from: Language; to: Language; text: string }[] = [];
    for (const f of fields) {
      for (const to of languages) {
        if (f.text[to]?.trim()) continue;
        const from = bestSourceLanguage(f.text, to);
        if (!from) continue;
        wanted.push({ key: `${f.field}\u0000${to}`, field: f.field, from, to, text: f.text[from]! });
      }
    }
    const texts = new Map(fields.map((f) => [f.field, { ...f.text }]));
    if (!wanted.length || !(await this.available())) return { texts, marks: [], missing: wanted.length };
    const out = await this.byDirection(wanted);
    const marks: ReviewMark[] = [];
    let missing = 0;
    for (const w of wanted) {
      const translated = out.get(w.key);
      if (!translated?.trim()) {
        missing++;
        continue;
      }
      texts.get(w.field)![w.to] = translated;
      marks.push({ field: w.field, language: w.to, from: w.from });
    }
    return { texts, marks, missing };
  }

  /**
   * Reader side, for what the server renders itself (PDF exports): each field lacking `reader`'s language,
   * machine translated from its best source language (the same rule as the pages: resolveText). Fields
   * written in the reader's language, empty, or that the engine could not translate are absent from the map
   * (the caller then shows the original and says which language it is in).
   */
  async forReader(fields: OfficialField[], reader: Language): Promise<Map<string, { text: string; from: Language }>> {
    const wanted = fields.flatMap((f) => {
      const r = resolveText(f.text, reader);
      return r.missing && r.lang ? [{ key: f.field, from: r.lang, to: reader, text: r.text }] : [];
    });
    const result = new Map<string, { text: string; from: Language }>();
    if (!wanted.length || !(await this.available())) return result;
    const out = await this.byDirection(wanted);
    for (const w of wanted) {
      const text = out.get(w.key);
      if (text?.trim()) result.set(w.key, { text, from: w.from });
    }
    return result;
  }

  /** Groups the texts by direction (one call each, duplicates sent once) and maps the answers back to their keys. */
  private async byDirection<K>(items: { key: K; from: Language; to: Language; text: string }[]): Promise<Map<K, string | null>> {
    const out = new Map<K, string | null>();
    const groups = new Map<string, typeof items>();
    for (const item of items) {
      if (item.from === item.to) {
        out.set(item.key, item.text);
        continue;
      }
      const direction = `${item.from}>${item.to}`;
      groups.set(direction, [...(groups.get(direction) ?? []), item]);
    }
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const unique = [...new Set(group.map((g) => g.text))];
        const translated = await this.translator.translateMany(unique, group[0].from, group[0].to).catch(() => unique.map(() => null));
        const byText = new Map(unique.map((text, i) => [text, translated[i] ?? null]));
        for (const g of group) out.set(g.key, byText.get(g.text) ?? null);
      }),
    );
    return out;
  }
}
