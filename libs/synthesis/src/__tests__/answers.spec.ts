import { extractThemes, withPivots } from '../index';
import { generateContributions } from '../../../../test/fixtures/synthesis/corpus';

const base = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  id,
  text,
  category: 'resident',
  source: 'room_message',
  ...extra,
});

describe('answers an official can use', () => {
  const opinions = generateContributions(80, 5);

  it('counts short answers to a closed question per value instead of clustering them', () => {
    const r = extractThemes([
      ...opinions,
      base('a1', 'Lyon', { question: 'city' }),
      base('a2', 'lyon.', { question: 'city' }),
      base('a3', 'LYON', { question: 'city' }),
      base('a4', 'Milano', { question: 'city' }),
      base('a5', 'Bogotá', { question: 'city' }),
      base('a6', 'Bogota', { question: 'city' }),
      base('a7', 'Lyon', { question: 'partner' }),
    ]);
    const city = r.answers.filter((a) => a.question === 'city');
    expect(city.map((a) => [a.value, a.count])).toEqual([
      ['Lyon', 3],
      ['Bogotá', 2],
      ['Milano', 1],
    ]);
    expect(r.answers.find((a) => a.question === 'partner')).toMatchObject({ value: 'Lyon', count: 1, memberIds: ['a7'] });
    const themed = new Set(r.themes.flatMap((t) => t.memberIds));
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']) {
      expect(themed.has(id)).toBe(false);
      expect(r.other.memberIds).not.toContain(id);
    }
    expect(r.counts.answers).toBe(7);
    // No theme is labelled with the answers' words.
    for (const t of r.themes) expect(t.label).not.toMatch(/lyon|milano|bogot/i);
  });

  it('leaves facilitators prompts out of the analysis', () => {
    const r = extractThemes([...opinions, base('p1', 'Quelle ville partenaire proposez-vous et pourquoi ?', { prompt: true })]);
    expect(r.skipped).toContainEqual({ id: 'p1', reason: 'prompt' });
    expect([...r.themes.flatMap((t) => t.memberIds), ...r.other.memberIds]).not.toContain('p1');
  });

  it('labels read as a phrase, not key phrases joined by dots', () => {
    const r = extractThemes(opinions);
    for (const t of r.themes) {
      expect(t.label).not.toContain('·');
      expect(t.label.charAt(0)).toBe(t.label.charAt(0).toUpperCase());
    }
  });

  it('asks the translator once per language for distinct texts and keeps going when a language fails', async () => {
    const calls: string[] = [];
    const { contributions, failed } = await withPivots(
      [
        base('1', 'Cal més autobusos', { language: 'ca' }),
        base('2', 'Cal més autobusos', { language: 'ca' }),
        base('3', 'More buses', { language: 'en' }),
        base('4', 'Más autobuses', { language: 'es' }),
      ],
      async (texts, from) => {
        calls.push(`${from}:${texts.length}`);
        if (from === 'en') throw new Error('no eng-spa');
        return texts.map((t) => `[es] ${t}`);
      },
    );
    expect(calls).toEqual(['ca:1', 'en:1']);
    expect(contributions.map((c) => c.pivot)).toEqual(['[es] Cal més autobusos', '[es] Cal més autobusos', undefined, undefined]);
    expect(failed).toEqual({ en: 'no eng-spa' });
  });
});
