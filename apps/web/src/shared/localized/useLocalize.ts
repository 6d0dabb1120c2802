import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveText, type Language, type ReviewMark, type TextFormat, type TranslatedText } from '@polyphony/contracts';
import { getVersion, lookup, subscribe } from './officialTranslations';

/** An official text as the reader is shown it, and what to say about it. */
export interface Localized {
  text: string;
  /** Sanitised HTML (Markdown fields translated by the machine, or `html` given by the caller). */
  html: string | null;
  /** The language `text` is in, for the `lang` attribute. */
  lang: Language | undefined;
  /**
   * own: written in the reader's language; review: filled by machine translation, stored, not yet
   * reviewed; machine: translated for this reader; pending: being translated (the original is shown);
   * unavailable: machine translation is off or failed (the original is shown, said so); empty.
   */
  state: 'own' | 'review' | 'machine' | 'pending' | 'unavailable' | 'empty';
  /** The source language (machine, review, pending, unavailable). */
  from?: Language;
  /** The original text and HTML (machine, review). */
  original?: { text: string; html: string | null; lang: Language };
}

export interface LocalizeOptions {
  format?: TextFormat;
  /** Rendered HTML per language, as stored beside a Markdown field. */
  html?: TranslatedText;
  /** The field's stored "to review" marks (its key in `marks`). */
  marks?: ReviewMark[];
  field?: string;
}

/**
 * The one way the web reads an official field (JSONB per language): the reader's language, else a
 * machine translation from the best source language, marked; never another language without a word.
 * Re-renders when a translation arrives.
 */
export function useLocalize(forced?: Language) {
  const { i18n } = useTranslation();
  const reader = forced ?? ((i18n.resolvedLanguage ?? 'fr') as Language);
  const version = useSyncExternalStore(subscribe, getVersion);
  return useCallback(
    (text: TranslatedText | null | undefined, options: LocalizeOptions = {}): Localized => localize(text, reader, options),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reader, version],
  );
}

export function localize(text: TranslatedText | null | undefined, reader: Language, options: LocalizeOptions = {}): Localized {
  const resolved = resolveText(text, reader);
  const htmlOf = (lang: Language | undefined) => (lang && options.html?.[lang]) || null;
  if (!resolved.lang) return { text: '', html: null, lang: undefined, state: 'empty' };
  if (!resolved.missing) {
    const mark = options.field ? options.marks?.find((m) => m.field === options.field && m.language === reader) : undefined;
    const from = mark?.from;
    const original = from && text?.[from] ? { text: text[from]!, html: htmlOf(from), lang: from } : undefined;
    return { text: resolved.text, html: htmlOf(reader), lang: reader, state: mark ? 'review' : 'own', from, original };
  }
  const from = resolved.lang;
  const original = { text: resolved.text, html: htmlOf(from), lang: from };
  const entry = lookup({ to: reader, from, text: resolved.text, format: options.format ?? 'text' });
  if (entry.state === 'done') return { text: entry.result.text, html: entry.result.html, lang: reader, state: 'machine', from, original };
  return { ...original, state: entry.state === 'pending' ? 'pending' : 'unavailable', from };
}
