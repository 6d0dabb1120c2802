import { buildResources, catalogs, NAMESPACES, pseudoLocalise, translate } from '../index';
import { LANGUAGES, ERROR_CODES, FIELD_ISSUE_CODES } from '@polyphony/contracts';

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(obj)) {
    if (value && typeof value === 'object') flatten(value as Record<string, unknown>, `${prefix}${key}.`).forEach((v, k) => out.set(k, v));
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('catalog files', () => {
  it('are found on disk: the shell, the API and the features', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['web', 'api', 'consultations', 'rooms', 'plan', 'settings']));
  });

  it.each(LANGUAGES)('%s has one file per namespace, as every other language', (lang) => {
    expect(Object.keys(catalogs[lang]).sort()).toEqual([...NAMESPACES].sort());
  });
});

describe.each(NAMESPACES)('catalog %s', (ns) => {
  const reference = flatten(catalogs.en[ns]);

  it.each(LANGUAGES)('%s has exactly the keys of en, each non-empty and with the same placeholders', (lang) => {
    const keys = flatten(catalogs[lang][ns]);
    expect([...keys.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of keys) {
      expect({ key, empty: String(text).trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(reference.get(key)) });
    }
  });
});

describe('api messages', () => {
  it('has a message for every error and field code in every language', () => {
    for (const lang of LANGUAGES) {
      for (const code of ERROR_CODES) expect(translate(lang, `errors.${code}`)).not.toBe(`errors.${code}`);
      for (const code of FIELD_ISSUE_CODES) expect(translate(lang, `fields.${code}`)).not.toBe(`fields.${code}`);
    }
  });

  it('interpolates parameters in the requested language', () => {
    expect(translate('es', 'fields.too_short', { min: 10 })).toBe('Escribe al menos 10 caracteres.');
    expect(translate('fr', 'errors.rate_limited', { seconds: 30 })).toContain('30 secondes');
  });

  it('pseudo-localises without touching placeholders', () => {
    expect(pseudoLocalise('Use at least {{min}} characters.')).toBe('[Üsé àt léàst {{min}} çhàràçtérs.]');
  });

  it('builds a pseudo locale with every key of every namespace', () => {
    const pseudo = buildResources(true).pseudo as Record<string, Record<string, unknown>>;
    expect(Object.keys(pseudo).sort()).toEqual([...NAMESPACES].sort());
    for (const ns of NAMESPACES) expect([...flatten(pseudo[ns]).keys()].sort()).toEqual([...flatten(catalogs.en[ns]).keys()].sort());
    expect(flatten(pseudo.api).get('fields.too_short')).toBe(pseudoLocalise(flatten(catalogs.en.api).get('fields.too_short')));
  });
});
