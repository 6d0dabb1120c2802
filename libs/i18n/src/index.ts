import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { LANGUAGES, DEFAULT_LANGUAGE, type Language } from '@polyphony/contracts';
import { pseudoLocalise } from './pseudo';

export { pseudoLocalise };

/** A catalog: nested keys, strings at the leaves. */
export type Catalog = Record<string, unknown>;
/** A namespace: the name of a catalog file, `web` (the shell), `api` (errors, e-mails, PDFs), then one per feature. */
export type Namespace = string;

/**
 * The catalogs are found, not listed: `locales/<lang>/<namespace>.json` (beside this file in the
 * sources and in dist, where the build copies them). A feature adds its catalog by adding one file
 * per language; the web app finds the same files with Vite's import.meta.glob (apps/web/src/app/catalogs.ts).
 */
const LOCALES = join(__dirname, 'locales');

function readCatalogs(): Record<Language, Record<Namespace, Catalog>> {
  const read = (lang: Language) =>
    Object.fromEntries(
      readdirSync(join(LOCALES, lang))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Catalog]),
    );
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, read(lang)])) as Record<Language, Record<Namespace, Catalog>>;
}

export const catalogs = readCatalogs();

/** Every namespace (those of the default language: the catalog test checks every language has the same). */
export const NAMESPACES: readonly Namespace[] = Object.keys(catalogs[DEFAULT_LANGUAGE]);

/** i18next resources, plus `pseudo` (accented, bracketed English) to spot hard-coded strings in tests. */
export function buildResources(withPseudo = false): Resource {
  const resources: Resource = { ...catalogs };
  if (withPseudo) {
    resources.pseudo = Object.fromEntries(NAMESPACES.map((ns) => [ns, pseudoLocalise(catalogs.en[ns])]));
  }
  return resources;
}

let apiI18n: I18n | undefined;

/** A ready i18next instance for server-side messages (synchronous init: the catalogs are read at load). */
export function serverI18n(): I18n {
  if (!apiI18n) {
    apiI18n = createInstance();
    void apiI18n.init({
      resources: buildResources(),
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: ['api'],
      defaultNS: 'api',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return apiI18n;
}

/** Translates an API message key for a language. */
export function translate(lang: Language, key: string, params?: Record<string, unknown>): string {
  return serverI18n().getFixedT(lang, 'api')(key, params ?? {}) as string;
}
