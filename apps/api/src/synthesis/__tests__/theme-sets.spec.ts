import { applyEdits, compareThemes, jaccard, type WorkingTheme } from '../theme-sets';

const theme = (label: string, ids: string[], origin: WorkingTheme['origin'] = 'engine'): WorkingTheme => ({
  origin,
  label,
  renamed: false,
  keyPhrases: [label],
  memberIds: ids,
  quotes: ids.slice(0, 1).map((id) => ({ id, text: id, centrality: 0.5 })),
  cohesion: 0.4,
});
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('theme edits and run comparison', () => {
  it('measures overlap with Jaccard', () => {
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(1);
  });

  it('applies a rename, a merge and a split again to themes whose members moved a little', () => {
    const europe = range('e', 10);
    const funds = range('f', 10);
    const transport = range('t', 10);
    const edits = [
      { kind: 'merge' as const, memberSets: [europe, funds], part: null, label: 'Europe' },
      { kind: 'rename' as const, memberSets: [transport], part: null, label: 'Mobilité' },
      { kind: 'split' as const, memberSets: [[...europe, ...funds]], part: ['e0', 'e1'], label: 'À part' },
    ];
    // A new run: one member left each theme, one joined.
    const next = [
      theme('eu', [...europe.slice(1), 'x1']),
      theme('fu', [...funds.slice(1), 'x2']),
      theme('tr', [...transport.slice(1), 'x3']),
      theme('', ['o1'], 'other'),
    ];
    const { themes, applied } = applyEdits(next, edits);
    expect(applied).toBe(3);
    expect(themes.map((t) => [t.origin, t.label, t.memberIds.length])).toEqual([
      ['merged', 'Europe', 19],
      ['split', 'À part', 1],
      ['engine', 'Mobilité', 10],
      ['other', '', 1],
    ]);
  });

  it('skips an edit whose themes changed too much', () => {
    const { themes, applied } = applyEdits(
      [theme('a', range('a', 10))],
      [{ kind: 'rename', memberSets: [range('z', 10)], part: null, label: 'Nope' }],
    );
    expect(applied).toBe(0);
    expect(themes[0].label).toBe('a');
  });

  it('says which themes were added, removed, resized or unchanged', () => {
    const prev = [
      { id: 'p1', label: 'A', memberIds: range('a', 10) },
      { id: 'p2', label: 'B', memberIds: range('b', 10) },
      { id: 'p3', label: 'C', memberIds: range('c', 4) },
    ];
    const next = [
      { id: 'n1', label: 'A', memberIds: range('a', 10) },
      { id: 'n2', label: 'B', memberIds: range('b', 14) },
      { id: 'n3', label: 'D', memberIds: range('d', 5) },
    ];
    const c = compareThemes('run0', prev, next);
    expect(c).toMatchObject({ previousRunId: 'run0', added: 1, removed: 1, resized: 1, unchanged: 1 });
    expect(c.changes.find((x) => x.kind === 'resized')).toMatchObject({ themeId: 'n2', previousThemeId: 'p2', size: 14, previousSize: 10 });
  });
});
