import { stem } from '../text/stemming';
import { INTERNATIONAL_THESAURUS } from './thesaurus';

/**
 * A small cross-language glossary of the consultation's recurring concepts. Stems alone
 * join cognates (transport, cultura, diaspora); these join words that differ ("logement",
 * "vivienda", "habitatge", "housing") so that one theme gathers all four languages.
 * Callers may pass their own glossary.
 */
export type Glossary = Record<string, Partial<Record<string, string[]>>>;

export const CIVIC_GLOSSARY: Glossary = {
  housing: {
    fr: ['logement', 'loyer', 'locataire', 'expulsion'],
    es: ['vivienda', 'alquiler', 'piso', 'desahucio', 'inquilino'],
    ca: ['habitatge', 'lloguer', 'pis', 'desnonament', 'llogater'],
    en: ['housing', 'rent', 'home', 'eviction', 'tenant'],
  },
  transport: {
    fr: ['transport', 'bus', 'tramway', 'train', 'métro', 'vélo', 'cyclable', 'gare'],
    es: ['transporte', 'autobús', 'tranvía', 'tren', 'metro', 'bici', 'estación', 'cercanías'],
    ca: ['transport', 'autobús', 'tramvia', 'tren', 'metro', 'bici', 'estació', 'rodalies'],
    en: ['transport', 'bus', 'tram', 'train', 'underground', 'bike', 'station', 'commuter'],
  },
  funding: {
    fr: ['fonds', 'financement', 'subvention', 'cofinancement', 'appel'],
    es: ['fondos', 'financiación', 'subvención', 'cofinanciación', 'convocatoria'],
    ca: ['fons', 'finançament', 'subvenció', 'cofinançament', 'convocatòria'],
    en: ['funds', 'funding', 'grant', 'co-funding', 'call'],
  },
  europe: { fr: ['européen', 'europe'], es: ['europeo', 'europa'], ca: ['europeu', 'europa'], en: ['european', 'europe', 'eu'] },
  diaspora: {
    fr: ['diaspora', 'remise', 'origine'],
    es: ['diáspora', 'remesa', 'origen'],
    ca: ['diàspora', 'remesa', 'origen'],
    en: ['diaspora', 'remittance', 'origin'],
  },
  climate: {
    fr: ['climat', 'climatique', 'chaleur', 'émission', 'carbone', 'sécheresse'],
    es: ['clima', 'climático', 'calor', 'emisión', 'carbono', 'sequía'],
    ca: ['clima', 'climàtic', 'calor', 'emissió', 'carboni', 'sequera'],
    en: ['climate', 'heat', 'heatwave', 'emission', 'carbon', 'drought'],
  },
  environment: {
    fr: ['arbre', 'air', 'eau', 'solaire', 'plage', 'pollution'],
    es: ['árbol', 'aire', 'agua', 'solar', 'playa', 'contaminación'],
    ca: ['arbre', 'aire', 'aigua', 'solar', 'platja', 'contaminació'],
    en: ['tree', 'air', 'water', 'solar', 'beach', 'pollution'],
  },
  culture: {
    fr: ['culture', 'culturel', 'musée', 'festival', 'artiste', 'patrimoine', 'bibliothèque'],
    es: ['cultura', 'cultural', 'museo', 'festival', 'artista', 'patrimonio', 'biblioteca'],
    ca: ['cultura', 'cultural', 'museu', 'festival', 'artista', 'patrimoni', 'biblioteca'],
    en: ['culture', 'cultural', 'museum', 'festival', 'artist', 'heritage', 'library'],
  },
  research: {
    fr: ['université', 'recherche', 'chercheur', 'étudiant', 'innovation', 'laboratoire'],
    es: ['universidad', 'investigación', 'investigador', 'estudiante', 'innovación', 'laboratorio'],
    ca: ['universitat', 'recerca', 'investigador', 'estudiant', 'innovació', 'laboratori'],
    en: ['university', 'research', 'researcher', 'student', 'innovation', 'lab'],
  },
  economy: {
    fr: ['entreprise', 'économique', 'export', 'investissement', 'emploi', 'commerce'],
    es: ['empresa', 'económico', 'exportar', 'inversión', 'empleo', 'comercio'],
    ca: ['empresa', 'econòmic', 'exportar', 'inversió', 'ocupació', 'comerç'],
    en: ['company', 'economic', 'export', 'investment', 'jobs', 'trade'],
  },
  cooperation: {
    fr: ['coopération', 'partenaire', 'jumelage', 'réseau', 'échange'],
    es: ['cooperación', 'socio', 'hermanamiento', 'red', 'intercambio'],
    ca: ['cooperació', 'soci', 'agermanament', 'xarxa', 'intercanvi'],
    en: ['cooperation', 'partner', 'twinning', 'network', 'exchange'],
  },
  youth: { fr: ['jeune', 'jeunesse'], es: ['joven', 'juventud'], ca: ['jove', 'joventut'], en: ['young', 'youth'] },
  school: { fr: ['école', 'éducation'], es: ['escuela', 'educación'], ca: ['escola', 'educació'], en: ['school', 'education'] },
  health: {
    fr: ['santé', 'hôpital', 'soins'],
    es: ['salud', 'hospital', 'sanidad'],
    ca: ['salut', 'hospital', 'sanitat'],
    en: ['health', 'hospital', 'care'],
  },
  participation: {
    fr: ['participation', 'consultation', 'transparence', 'décision'],
    es: ['participación', 'consulta', 'transparencia', 'decisión'],
    ca: ['participació', 'consulta', 'transparència', 'decisió'],
    en: ['participation', 'consultation', 'transparency', 'decision'],
  },
};

/** Glossaries joined: a concept named in several keeps all their words. */
export function mergeGlossaries(...glossaries: Glossary[]): Glossary {
  const out: Glossary = {};
  for (const glossary of glossaries)
    for (const [concept, byLanguage] of Object.entries(glossary)) {
      const target = (out[concept] ??= {});
      for (const [language, words] of Object.entries(byLanguage))
        target[language] = [...new Set([...(target[language] ?? []), ...(words ?? [])])];
    }
  return out;
}

/** The default: the civic glossary and the thesaurus of international action. */
export const DEFAULT_GLOSSARY: Glossary = mergeGlossaries(CIVIC_GLOSSARY, INTERNATIONAL_THESAURUS);

/** "language:stem" -> concept keys (a word may belong to two concepts), built once per glossary. */
const indexes = new WeakMap<Glossary, Map<string, string[]>>();

export function conceptIndex(glossary: Glossary): Map<string, string[]> {
  let index = indexes.get(glossary);
  if (!index) {
    index = new Map();
    for (const [concept, byLanguage] of Object.entries(glossary)) {
      for (const [language, words] of Object.entries(byLanguage)) {
        for (const word of words ?? []) {
          const key = `${language}:${stem(word.toLowerCase(), language)}`;
          const concepts = index.get(key) ?? [];
          if (!concepts.includes(concept)) index.set(key, [...concepts, concept]);
        }
      }
    }
    indexes.set(glossary, index);
  }
  return index;
}

/** "language:word" for every word of a glossary, built once per glossary. */
const wordSets = new WeakMap<Glossary, Set<string>>();

export function glossaryWords(glossary: Glossary): Set<string> {
  let set = wordSets.get(glossary);
  if (!set) {
    set = new Set();
    for (const byLanguage of Object.values(glossary))
      for (const [language, words] of Object.entries(byLanguage))
        for (const word of words ?? []) set.add(`${language}:${word.toLowerCase()}`);
    wordSets.set(glossary, set);
  }
  return set;
}
