import { SEARCH_CONFIGS } from '../consultations/consultation-search';

/** The text-search configuration of a proposal's detected language ('simple' when unknown). */
const CONFIG_OF_LANGUAGE = `(CASE language ${Object.entries(SEARCH_CONFIGS)
  .map(([lang, config]) => `WHEN '${lang}' THEN '${config}'`)
  .join(' ')} ELSE 'simple' END)::regconfig`;

/** Recomputes a proposal's search vector with the stemmer of its own language: title (A), body and results (B). */
export const UPDATE_PROPOSAL_SEARCH_SQL = `UPDATE proposals SET search_vector =
  setweight(to_tsvector(${CONFIG_OF_LANGUAGE}, title), 'A') ||
  setweight(to_tsvector(${CONFIG_OF_LANGUAGE}, body || ' ' || expected_results), 'B')
  WHERE id = $1`;

/** The same, for every proposal (bulk loads: benchmarks, imports). */
export const UPDATE_ALL_PROPOSALS_SEARCH_SQL = UPDATE_PROPOSAL_SEARCH_SQL.replace('WHERE id = $1', 'WHERE true');

/** A query matching in any language, each stemmed its own way (plus unstemmed for undetected text). */
export const PROPOSAL_SEARCH_QUERY_SQL = `(${[...Object.values(SEARCH_CONFIGS), 'simple']
  .map((config) => `websearch_to_tsquery('${config}', :q)`)
  .join(' || ')})`;
