import { extractThemes } from '../index';
import { adjustedRandIndex, generateContributions, TOPICS } from '../../../../test/fixtures/synthesis/corpus';

// Words a reader would expect in a theme's label, in any of the four languages.
const EXPECTED_LABEL: Record<string, RegExp> = {
  transport: /transport|bus|autob|tram|train|tren|bici|bike|cycl|gare|estaci|rodalies|cercan|tarif/i,
  housing: /logement|loyer|vivienda|alquiler|habitatge|lloguer|housing|rent|pisos|homes|desahuc|desnon|evict|expuls/i,
  eu_funds: /fonds|fondos|fons|funds|europ|erasmus|interreg|feder|erdf|subven|grant|next generation|cofinan|co-fund/i,
  diaspora: /diaspora|diáspora|diàspora|remes|remitt|origin|origen|origine/i,
  climate:
    /clima|climat|carbon|arbre|árbol|tree|solar|solaire|aire|air|sequ|drought|sécheresse|calor|chaleur|heat|platj|playa|plage|beach/i,
  culture: /cultur|musé|museo|museu|museum|festival|artist|biblio|librar|patrimo|heritage/i,
  knowledge: /universit|recherche|investiga|recerca|research|innova|laborat|lab|étudiant|estudiant|student|pràctiques|prácticas|practices/i,
};

describe('themes from a multilingual consultation', () => {
  const contributions = generateContributions(320, 11);
  const result = extractThemes(contributions, { seed: 7 });
  const themeOf = new Map<string, string>();
  result.themes.forEach((t) => t.memberIds.forEach((id) => themeOf.set(id, t.id)));

  it('recovers the planted topics across fr, es, ca and en (adjusted Rand index >= 0.6)', () => {
    const truth = contributions.map((c) => c.topic);
    const found = contributions.map((c) => themeOf.get(c.id) ?? 'other');
    expect(adjustedRandIndex(truth, found)).toBeGreaterThanOrEqual(0.6);
    expect(result.themes.length).toBeGreaterThanOrEqual(TOPICS.length - 1);
    expect(result.themes.length).toBeLessThanOrEqual(TOPICS.length + 4);
  });

  it('labels each theme with 2-4 key phrases that name its topic', () => {
    for (const theme of result.themes) {
      expect(theme.keyPhrases.length).toBeGreaterThanOrEqual(2);
      expect(theme.keyPhrases.length).toBeLessThanOrEqual(4);
      const topics = theme.memberIds.map((id) => contributions.find((c) => c.id === id)!.topic);
      const major = [...new Set(topics)].sort((a, b) => topics.filter((t) => t === b).length - topics.filter((t) => t === a).length)[0];
      expect(theme.label).toMatch(EXPECTED_LABEL[major]);
      // Surface forms, not stems: every phrase occurs in some member's text (names keep their capitals).
      for (const phrase of theme.keyPhrases) {
        expect(
          theme.memberIds.some((id) =>
            contributions
              .find((c) => c.id === id)!
              .text.toLowerCase()
              .includes(phrase.toLowerCase()),
          ),
        ).toBe(true);
      }
    }
  });

  it('gives 2-3 different quotes per theme, taken from its members', () => {
    for (const theme of result.themes) {
      expect(theme.quotes.length).toBeGreaterThanOrEqual(2);
      expect(theme.quotes.length).toBeLessThanOrEqual(3);
      expect(new Set(theme.quotes.map((q) => q.text)).size).toBe(theme.quotes.length);
      for (const q of theme.quotes) expect(theme.memberIds).toContain(q.id);
    }
  });

  it('accounts for every contribution once, and breakdowns add up to theme sizes', () => {
    const all = [...result.themes.flatMap((t) => t.memberIds), ...result.other.memberIds];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length + result.skipped.length).toBe(contributions.length);
    for (const theme of result.themes) {
      for (const breakdown of [theme.byCategory, theme.byCountry, theme.byLanguage, theme.bySource]) {
        expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(theme.size);
      }
      expect(theme.size).toBe(theme.memberIds.length);
    }
    expect(result.counts.inThemes + result.counts.other).toBe(result.counts.analysed);
  });

  it('is deterministic: the same input and seed give byte-identical output', () => {
    const again = extractThemes(generateContributions(320, 11), { seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    expect(again.inputHash).toMatch(/^[0-9a-f]{28}$/);
    const otherSeed = extractThemes(contributions, { seed: 8 });
    expect(otherSeed.inputHash).not.toBe(result.inputHash);
  });

  it('groups near-duplicate texts and puts unrelated remarks aside', () => {
    const texts = [
      ...contributions.slice(0, 60),
      {
        id: 'dup-a',
        text: 'We need more frequent buses between the towns of the metropolitan area!',
        category: 'resident',
        source: 'proposal',
      },
      {
        id: 'dup-b',
        text: 'We need more frequent buses between the towns of the metropolitan area.',
        category: 'resident',
        source: 'proposal',
      },
    ];
    const r = extractThemes(texts);
    expect(r.duplicates.some((g) => g.includes('dup-a') && g.includes('dup-b'))).toBe(true);
    const noise = 'Zxqv plorf, qwrtz vlamp.';
    const withNoise = extractThemes([...contributions, { id: 'noise', text: noise, category: 'resident', source: 'room_message' }]);
    expect(withNoise.other.memberIds).toContain('noise');
    // As a two-word answer it is a value of its own, counted once, in no theme.
    const asAnswer = extractThemes([...contributions, { id: 'noise', text: 'Zxqv plorf', category: 'resident', source: 'room_message' }]);
    expect(asAnswer.answers.find((a) => a.memberIds.includes('noise'))?.count).toBe(1);
    expect(asAnswer.themes.some((t) => t.memberIds.includes('noise'))).toBe(false);
  });
});
