const ACCENTED: Record<string, string> = { a: 'à', e: 'é', i: 'ï', o: 'ö', u: 'ü', A: 'Å', E: 'É', I: 'Ï', O: 'Ö', U: 'Ü', c: 'ç', n: 'ñ' };

/** Turns a catalog into pseudo-locale strings ("[Ŝàvé]"), leaving {{placeholders}} intact. */
export function pseudoLocalise<T>(catalog: T): T {
  if (typeof catalog === 'string') {
    const parts = catalog.split(/({{[^}]+}}|<[^>]+>)/);
    return `[${parts.map((p, i) => (i % 2 ? p : p.replace(/[a-zA-Z]/g, (ch) => ACCENTED[ch] ?? ch))).join('')}]` as T;
  }
  if (catalog && typeof catalog === 'object') {
    return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, pseudoLocalise(v)])) as T;
  }
  return catalog;
}
