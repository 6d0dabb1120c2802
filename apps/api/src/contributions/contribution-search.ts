import { SEARCH_CONFIGS } from '../consultations/consultation-search';

/**
 * A contribution's text analysed with the stemmer of its detected language ('simple' when
 * unknown). The same expression backs the GIN index `contributions_search_idx` (migration).
 */
export const CONTRIBUTION_SEARCH_VECTOR = `to_tsvector(CASE c.language ${Object.entries(SEARCH_CONFIGS)
  .map(([lang, config]) => `WHEN '${lang}' THEN '${config}'::regconfig`)
  .join(' ')} ELSE 'simple'::regconfig END, c.text)`;

/** A query matching in any of the four languages or unstemmed. */
export const CONTRIBUTION_SEARCH_QUERY = `(${[...Object.values(SEARCH_CONFIGS), 'simple'].map((config) => `websearch_to_tsquery('${config}', :q)`).join(' || ')})`;
