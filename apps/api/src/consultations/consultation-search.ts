/** Which PostgreSQL text-search configuration indexes each content language. */
export const SEARCH_CONFIGS = { fr: 'french', es: 'spanish', ca: 'catalan', en: 'english' } as const;

const part = (lang: string, config: string) =>
  `setweight(to_tsvector('${config}', coalesce(title->>'${lang}', '')), 'A') || ` +
  `setweight(to_tsvector('${config}', coalesce(summary->>'${lang}', '')), 'B') || ` +
  `setweight(to_tsvector('${config}', coalesce(body->>'${lang}', '')), 'C')`;

/** Recomputes a consultation's search vector: each language analysed with its own stemmer. */
export const UPDATE_SEARCH_VECTOR_SQL = `UPDATE consultations SET search_vector = ${Object.entries(SEARCH_CONFIGS)
  .map(([lang, config]) => part(lang, config))
  .join(' || ')} WHERE id = $1`;

/** A query matching in any of the four languages, so words are stemmed as their language wants. */
export const SEARCH_QUERY_SQL = `(${Object.values(SEARCH_CONFIGS)
  .map((config) => `websearch_to_tsquery('${config}', :q)`)
  .join(' || ')})`;
