import { extractThemes, type Contribution } from '../index';
import { generateContributions } from '../../../../test/fixtures/synthesis/corpus';

const base = (id: string, text: string): Contribution => ({ id, text, category: 'resident', source: 'questionnaire' });

describe('themes on awkward input', () => {
  it('reports empty, emoji-only and malformed texts instead of failing', () => {
    const input = [
      ...generateContributions(40, 3),
      base('empty', '   '),
      base('emoji', '🚌🏠🌍👍👍 !!! 123'),
      base('c00001', 'a second contribution with an id already used'),
      { id: 'no-text', category: 'resident', source: 'proposal' } as unknown as Contribution,
      null as unknown as Contribution,
    ];
    const r = extractThemes(input);
    expect(r.skipped).toEqual(
      expect.arrayContaining([
        { id: 'empty', reason: 'empty' },
        { id: 'emoji', reason: 'no_words' },
        { id: 'c00001', reason: 'duplicate_id' },
        { id: 'no-text', reason: 'invalid' },
      ]),
    );
    expect(r.counts.skipped).toBe(5);
    expect(r.counts.analysed).toBe(40);
  });

  it('cuts a 100 KB text and says so', () => {
    const long = 'Les loyers augmentent et le logement social manque dans la métropole. '.repeat(1500);
    expect(long.length).toBeGreaterThan(100_000);
    const r = extractThemes([...generateContributions(40, 3), base('long', long)]);
    expect(r.warnings.some((w) => w.startsWith('long:'))).toBe(true);
    expect([...r.themes.flatMap((t) => t.memberIds), ...r.other.memberIds]).toContain('long');
  });

  it('handles no input, one input and inputs without usable words', () => {
    expect(extractThemes([]).themes).toEqual([]);
    expect(extractThemes(undefined as unknown as Contribution[]).counts.input).toBe(0);
    const one = extractThemes([base('one', 'Plus de bus de nuit')]);
    expect(one.counts.analysed).toBe(1);
    expect(one.themes.length + one.other.size).toBeGreaterThan(0);
    const stopOnly = extractThemes([base('a', 'the and of'), base('b', 'le la les')]);
    expect(stopOnly.other.memberIds).toEqual(['a', 'b']);
  });

  it('accepts a given language and texts in other languages', () => {
    const r = extractThemes([...generateContributions(40, 5), { ...base('de', 'Mehr Busse zwischen den Gemeinden'), language: 'de' }]);
    expect(r.languages.de).toBe('de');
  });
});
