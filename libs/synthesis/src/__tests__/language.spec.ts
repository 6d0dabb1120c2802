import { detectLanguage } from '../index';
import corpus from '../../../../test/fixtures/synthesis/themes-corpus.json';

describe('language detection', () => {
  it('recognises fr, es, ca and en on ordinary sentences (>= 95 %)', () => {
    const cases: [string, string][] = [];
    for (const byLanguage of Object.values(corpus.topics)) {
      for (const [language, sentences] of Object.entries(byLanguage)) for (const s of sentences as string[]) cases.push([language, s]);
    }
    const misses = cases.filter(([language, s]) => detectLanguage(s).language !== language);
    expect(cases.length).toBeGreaterThan(150);
    expect(misses.length / cases.length).toBeLessThanOrEqual(0.05);
  });

  it('tells Catalan from Spanish on near-identical sentences', () => {
    const pairs = [
      ['Els joves no poden pagar el lloguer dels pisos.', 'Los jóvenes no pueden pagar el alquiler de los pisos.'],
      ['Volem més arbres i menys cotxes a la ciutat.', 'Queremos más árboles y menos coches en la ciudad.'],
      ['Les universitats haurien de col·laborar amb les empreses.', 'Las universidades deberían colaborar con las empresas.'],
      ['La ciutat ha de participar en les xarxes europees.', 'La ciudad tiene que participar en las redes europeas.'],
    ];
    for (const [ca, es] of pairs) {
      expect(detectLanguage(ca).language).toBe('ca');
      expect(detectLanguage(es).language).toBe('es');
    }
  });

  it('says "und" when there are no words', () => {
    expect(detectLanguage('🙂 123 !!!')).toEqual({ language: 'und', confidence: 0 });
  });
});
