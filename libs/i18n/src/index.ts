import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { LANGUAGES, DEFAULT_LANGUAGE, type Language } from '@polyphony/contracts';
import frWeb from './locales/fr/web.json';
import esWeb from './locales/es/web.json';
import caWeb from './locales/ca/web.json';
import enWeb from './locales/en/web.json';
import frApi from './locales/fr/api.json';
import esApi from './locales/es/api.json';
import caApi from './locales/ca/api.json';
import enApi from './locales/en/api.json';
import frConsultations from './locales/fr/consultations.json';
import esConsultations from './locales/es/consultations.json';
import caConsultations from './locales/ca/consultations.json';
import enConsultations from './locales/en/consultations.json';
import frQuestionnaires from './locales/fr/questionnaires.json';
import esQuestionnaires from './locales/es/questionnaires.json';
import caQuestionnaires from './locales/ca/questionnaires.json';
import enQuestionnaires from './locales/en/questionnaires.json';
import frInterviews from './locales/fr/interviews.json';
import esInterviews from './locales/es/interviews.json';
import caInterviews from './locales/ca/interviews.json';
import enInterviews from './locales/en/interviews.json';
import frRooms from './locales/fr/rooms.json';
import esRooms from './locales/es/rooms.json';
import caRooms from './locales/ca/rooms.json';
import enRooms from './locales/en/rooms.json';
import frProposals from './locales/fr/proposals.json';
import esProposals from './locales/es/proposals.json';
import caProposals from './locales/ca/proposals.json';
import enProposals from './locales/en/proposals.json';
import frSynthesis from './locales/fr/synthesis.json';
import esSynthesis from './locales/es/synthesis.json';
import caSynthesis from './locales/ca/synthesis.json';
import enSynthesis from './locales/en/synthesis.json';
import frPlan from './locales/fr/plan.json';
import esPlan from './locales/es/plan.json';
import caPlan from './locales/ca/plan.json';
import enPlan from './locales/en/plan.json';
import frAccountability from './locales/fr/accountability.json';
import esAccountability from './locales/es/accountability.json';
import caAccountability from './locales/ca/accountability.json';
import enAccountability from './locales/en/accountability.json';
import frSummaries from './locales/fr/summaries.json';
import frOfficialLanguages from './locales/fr/officialLanguages.json';
import esSummaries from './locales/es/summaries.json';
import esOfficialLanguages from './locales/es/officialLanguages.json';
import caSummaries from './locales/ca/summaries.json';
import caOfficialLanguages from './locales/ca/officialLanguages.json';
import enSummaries from './locales/en/summaries.json';
import frExperience from './locales/fr/experience.json';
import esExperience from './locales/es/experience.json';
import caExperience from './locales/ca/experience.json';
import enExperience from './locales/en/experience.json';
import frAccounts from './locales/fr/accounts.json';
import esAccounts from './locales/es/accounts.json';
import caAccounts from './locales/ca/accounts.json';
import enAccounts from './locales/en/accounts.json';
import enOfficialLanguages from './locales/en/officialLanguages.json';
import frTranslation from './locales/fr/translation.json';
import esTranslation from './locales/es/translation.json';
import caTranslation from './locales/ca/translation.json';
import enTranslation from './locales/en/translation.json';
import { pseudoLocalise } from './pseudo';

export { pseudoLocalise };
/** One catalog file per namespace and language: `web` (the shell), `api` (errors, e-mails, PDFs), then one per feature. */
export const NAMESPACES = [
  'web',
  'api',
  'consultations',
  'questionnaires',
  'interviews',
  'rooms',
  'proposals',
  'synthesis',
  'plan',
  'accountability',
  'summaries',
  'accounts',
  'officialLanguages',
  'translation',
  'experience',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const catalogs: Record<Language, Record<Namespace, Record<string, unknown>>> = {
  fr: {
    web: frWeb,
    api: frApi,
    consultations: frConsultations,
    questionnaires: frQuestionnaires,
    interviews: frInterviews,
    rooms: frRooms,
    proposals: frProposals,
    synthesis: frSynthesis,
    plan: frPlan,
    accountability: frAccountability,
    summaries: frSummaries,
    experience: frExperience,
    accounts: frAccounts,
    officialLanguages: frOfficialLanguages,
    translation: frTranslation,
  },
  es: {
    web: esWeb,
    api: esApi,
    consultations: esConsultations,
    questionnaires: esQuestionnaires,
    interviews: esInterviews,
    rooms: esRooms,
    proposals: esProposals,
    synthesis: esSynthesis,
    plan: esPlan,
    accountability: esAccountability,
    summaries: esSummaries,
    experience: esExperience,
    accounts: esAccounts,
    officialLanguages: esOfficialLanguages,
    translation: esTranslation,
  },
  ca: {
    web: caWeb,
    api: caApi,
    consultations: caConsultations,
    questionnaires: caQuestionnaires,
    interviews: caInterviews,
    rooms: caRooms,
    proposals: caProposals,
    synthesis: caSynthesis,
    plan: caPlan,
    accountability: caAccountability,
    summaries: caSummaries,
    experience: caExperience,
    accounts: caAccounts,
    officialLanguages: caOfficialLanguages,
    translation: caTranslation,
  },
  en: {
    web: enWeb,
    api: enApi,
    consultations: enConsultations,
    questionnaires: enQuestionnaires,
    interviews: enInterviews,
    rooms: enRooms,
    proposals: enProposals,
    synthesis: enSynthesis,
    plan: enPlan,
    accountability: enAccountability,
    summaries: enSummaries,
    experience: enExperience,
    accounts: enAccounts,
    officialLanguages: enOfficialLanguages,
    translation: enTranslation,
  },
};

/** i18next resources, plus `pseudo` (accented, bracketed English) to spot hard-coded strings in tests. */
export function buildResources(withPseudo = false): Resource {
  const resources: Resource = { ...catalogs };
  if (withPseudo) {
    resources.pseudo = Object.fromEntries(NAMESPACES.map((ns) => [ns, pseudoLocalise(catalogs.en[ns])]));
  }
  return resources;
}

let apiI18n: I18n | undefined;

/** A ready i18next instance for server-side messages (synchronous init: resources are bundled). */
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
