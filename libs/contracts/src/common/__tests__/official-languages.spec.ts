import { bestSourceLanguage, pickTranslation, resolveText } from '../official-languages';

describe('reading an official field in the reader language', () => {
  it('uses the reader language when written', () => {
    expect(resolveText({ fr: 'Plan', en: 'Plan EN' }, 'en')).toEqual({ text: 'Plan EN', lang: 'en', missing: false });
  });

  it('says the reader language is missing, and picks the source with a direct Apertium pair first (never fr for en when es exists)', () => {
    expect(resolveText({ fr: 'Coopération', es: 'Cooperación' }, 'en')).toEqual({ text: 'Cooperación', lang: 'es', missing: true });
    expect(bestSourceLanguage({ fr: 'a', en: 'b' }, 'ca')).toBe('fr');
    expect(bestSourceLanguage({ en: 'b', ca: 'c' }, 'es')).toBe('ca');
    expect(bestSourceLanguage({ fr: 'a' }, 'en')).toBe('fr');
  });

  it('treats blank texts as missing, and an empty field as empty', () => {
    expect(resolveText({ en: '  ', fr: 'Texte' }, 'en')).toEqual({ text: 'Texte', lang: 'fr', missing: true });
    expect(resolveText({}, 'fr')).toEqual({ text: '', lang: undefined, missing: false });
    expect(pickTranslation(null, 'fr')).toBe('');
  });
});
