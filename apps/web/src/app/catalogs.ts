import type { Language } from '@polyphony/contracts/language-tags';

// The interface catalogs, loaded per language when needed: the reader's at first load (started by
// main.tsx, in parallel with the session check), another one when the reader switches. The files are
// found, not listed (libs/i18n/src/locales/<lang>/<namespace>.json): a new namespace is a new file per
// language. One language's files (and its country names) make one chunk (vite.config.ts).

export type Catalog = Record<string, unknown>;

const files = import.meta.glob<Catalog>('../../../../libs/i18n/src/locales/*/*.json', { import: 'default' });

const parsed = Object.entries(files).map(([path, load]) => {
  const [, lang, ns] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  return { lang, ns, load };
});

/** Every namespace of the catalogs. */
export const NAMESPACES: readonly string[] = [...new Set(parsed.map((f) => f.ns))].sort();

/** Country names in each language (i18n-iso-countries), loaded with that language's catalog. */
const COUNTRY_NAMES: Record<Language, () => Promise<{ default: { locale: string; countries: Record<string, string | string[]> } }>> = {
  fr: () => import('i18n-iso-countries/langs/fr.json'),
  es: () => import('i18n-iso-countries/langs/es.json'),
  ca: () => import('i18n-iso-countries/langs/ca.json'),
  en: () => import('i18n-iso-countries/langs/en.json'),
};

export interface LanguagePack {
  /** One catalog per namespace. */
  catalogs: Record<string, Catalog>;
  countries: { locale: string; countries: Record<string, string | string[]> };
}

const loading = new Map<Language, Promise<LanguagePack>>();

/** One language's catalogs and country names (fetched once; a failed load is tried again next time). */
export function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  let pack = loading.get(lang);
  if (!pack) {
    pack = Promise.all([
      Promise.all(parsed.filter((f) => f.lang === lang).map(async (f) => [f.ns, await f.load()] as const)),
      COUNTRY_NAMES[lang](),
    ]).then(([entries, countries]) => ({ catalogs: Object.fromEntries(entries), countries: countries.default }));
    void pack.catch(() => loading.delete(lang));
    loading.set(lang, pack);
  }
  return pack;
}
