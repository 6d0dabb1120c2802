import type { RunComparison, ThemeChange } from '@polyphony/contracts';
import type { StoredQuote } from './synthesis-theme.entity';

/** A theme while a run is stored or edited: members by id, no breakdowns yet. */
export interface WorkingTheme {
  /** The stored theme's id once it exists (absent while a run is being built). */
  id?: string;
  origin: 'engine' | 'merged' | 'split' | 'other';
  label: string;
  renamed: boolean;
  keyPhrases: string[];
  memberIds: string[];
  quotes: StoredQuote[];
  cohesion: number;
}

export interface EditLike {
  kind: 'rename' | 'merge' | 'split';
  memberSets: string[][];
  part: string[] | null;
  label: string | null;
}

export interface MemberMeta {
  category: string;
  country: string | null;
  language: string;
  source: string;
}

/** The "other" bucket sorts after every theme. */
export const OTHER_POSITION = 1_000_000;

/** A theme's breakdowns over its members. */
export function breakdowns(memberIds: readonly string[], meta: ReadonlyMap<string, MemberMeta>) {
  const rows = memberIds.map((id) => meta.get(id));
  return {
    byCategory: tally(rows.map((r) => r?.category)),
    byCountry: tally(rows.map((r) => r?.country)),
    byLanguage: tally(rows.map((r) => r?.language)),
    bySource: tally(rows.map((r) => r?.source)),
  };
}

/** Least overlap for an edit or a comparison to treat two member sets as the same theme. */
export const SAME_THEME_OVERLAP = 0.5;
/** Least overlap for a comparison to say a theme was resized rather than removed and added. */
export const RESIZED_OVERLAP = 0.3;

export function jaccard(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  const sa = a instanceof Set ? a : new Set(a as readonly string[]);
  const sb = b instanceof Set ? b : new Set(b as readonly string[]);
  if (!sa.size && !sb.size) return 1;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/** The theme whose members best match `members` (at least `min` Jaccard), other bucket excluded. */
export function bestMatch(
  themes: readonly WorkingTheme[],
  members: readonly string[],
  min = SAME_THEME_OVERLAP,
  exclude: ReadonlySet<WorkingTheme> = new Set(),
  withOther = false,
): WorkingTheme | undefined {
  const target = new Set(members);
  let best: WorkingTheme | undefined;
  let bestScore = min;
  for (const t of themes) {
    if ((t.origin === 'other' && !withOther) || exclude.has(t)) continue;
    const score = jaccard(new Set(t.memberIds), target);
    if (score >= bestScore) {
      best = t;
      bestScore = score + 1e-12;
    }
  }
  return best;
}

const mergedQuotes = (themes: WorkingTheme[], limit = 3) =>
  themes
    .flatMap((t) => t.quotes)
    .sort((a, b) => b.centrality - a.centrality || a.id.localeCompare(b.id))
    .slice(0, limit);

/** Merges themes into the first one's place; returns the new list. */
export function mergeThemes(themes: WorkingTheme[], chosen: WorkingTheme[], label?: string | null): WorkingTheme[] {
  const set = new Set(chosen);
  const members = [...new Set(chosen.flatMap((t) => t.memberIds))];
  const biggest = [...chosen].sort((a, b) => b.memberIds.length - a.memberIds.length)[0];
  const merged: WorkingTheme = {
    origin: 'merged',
    label:
      label?.trim() ||
      chosen
        .map((t) => t.label)
        .join(' + ')
        .slice(0, 200),
    renamed: Boolean(label?.trim()),
    keyPhrases: [...new Set(chosen.flatMap((t) => t.keyPhrases))].slice(0, 6),
    memberIds: members,
    quotes: mergedQuotes(chosen),
    cohesion: biggest.cohesion,
  };
  const out: WorkingTheme[] = [];
  let placed = false;
  for (const t of themes) {
    if (!set.has(t)) out.push(t);
    else if (!placed) {
      out.push(merged);
      placed = true;
    }
  }
  return out;
}

/** Moves `part` out of `theme` into a new theme placed right after it; returns the new list. */
export function splitTheme(themes: WorkingTheme[], theme: WorkingTheme, part: readonly string[], label: string): WorkingTheme[] {
  const leaving = new Set(part.filter((id) => theme.memberIds.includes(id)));
  if (!leaving.size || leaving.size === theme.memberIds.length) return themes;
  const rest: WorkingTheme = {
    ...theme,
    memberIds: theme.memberIds.filter((id) => !leaving.has(id)),
    quotes: theme.quotes.filter((q) => !leaving.has(q.id)),
  };
  const created: WorkingTheme = {
    origin: 'split',
    label: label.slice(0, 200),
    renamed: true,
    keyPhrases: [],
    memberIds: theme.memberIds.filter((id) => leaving.has(id)),
    quotes: theme.quotes.filter((q) => leaving.has(q.id)),
    cohesion: theme.cohesion,
  };
  return themes.flatMap((t) => (t === theme ? [rest, created] : [t]));
}

/**
 * Applies officials' edits, in order, to freshly computed themes: each edit finds the theme(s)
 * whose members overlap its member sets by at least SAME_THEME_OVERLAP and does the same again.
 * An edit that finds nothing to apply to is skipped (its themes changed too much).
 */
export function applyEdits(themes: WorkingTheme[], edits: readonly EditLike[]): { themes: WorkingTheme[]; applied: number } {
  let current = themes;
  let applied = 0;
  for (const edit of edits) {
    if (edit.kind === 'rename') {
      const t = bestMatch(current, edit.memberSets[0] ?? []);
      if (!t || !edit.label) continue;
      current = current.map((x) => (x === t ? { ...x, label: edit.label!, renamed: true } : x));
      applied++;
    } else if (edit.kind === 'merge') {
      const chosen: WorkingTheme[] = [];
      for (const members of edit.memberSets) {
        const t = bestMatch(current, members, SAME_THEME_OVERLAP, new Set(chosen));
        if (t) chosen.push(t);
      }
      if (chosen.length < 2) continue;
      current = mergeThemes(current, chosen, edit.label);
      applied++;
    } else if (edit.kind === 'split') {
      // Picking contributions out of "other" into a theme of their own is a split too.
      const t = bestMatch(current, edit.memberSets[0] ?? [], SAME_THEME_OVERLAP, new Set(), true);
      if (!t || !edit.part?.length) continue;
      const next = splitTheme(current, t, edit.part, edit.label ?? t.label);
      if (next !== current) applied++;
      current = next;
    }
  }
  return { themes: current, applied };
}

/**
 * What changed between two runs: each new theme is matched to the previous theme it overlaps most
 * (greedy, by Jaccard of member sets); matched pairs are unchanged or resized, the rest are added
 * or removed. The "other" bucket is left out.
 */
export function compareThemes(
  previousRunId: string,
  previous: readonly { id: string; label: string; memberIds: string[] }[],
  next: readonly { id: string; label: string; memberIds: string[] }[],
): RunComparison {
  const pairs: { i: number; j: number; score: number }[] = [];
  const prevSets = previous.map((t) => new Set(t.memberIds));
  next.forEach((t, i) => {
    const set = new Set(t.memberIds);
    prevSets.forEach((p, j) => {
      const score = jaccard(set, p);
      if (score >= RESIZED_OVERLAP) pairs.push({ i, j, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const usedNext = new Map<number, { j: number; score: number }>();
  const usedPrev = new Set<number>();
  for (const p of pairs) {
    if (usedNext.has(p.i) || usedPrev.has(p.j)) continue;
    usedNext.set(p.i, p);
    usedPrev.add(p.j);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const changes: ThemeChange[] = next.map((t, i) => {
    const m = usedNext.get(i);
    if (!m)
      return { kind: 'added', themeId: t.id, previousThemeId: null, label: t.label, size: t.memberIds.length, previousSize: 0, overlap: 0 };
    const p = previous[m.j];
    const same = p.memberIds.length === t.memberIds.length && m.score === 1;
    return {
      kind: same ? 'unchanged' : 'resized',
      themeId: t.id,
      previousThemeId: p.id,
      label: t.label,
      size: t.memberIds.length,
      previousSize: p.memberIds.length,
      overlap: round(m.score),
    };
  });
  previous.forEach((p, j) => {
    if (!usedPrev.has(j))
      changes.push({
        kind: 'removed',
        themeId: null,
        previousThemeId: p.id,
        label: p.label,
        size: 0,
        previousSize: p.memberIds.length,
        overlap: 0,
      });
  });
  const count = (k: ThemeChange['kind']) => changes.filter((c) => c.kind === k).length;
  return {
    previousRunId,
    added: count('added'),
    removed: count('removed'),
    resized: count('resized'),
    unchanged: count('unchanged'),
    changes,
  };
}

/** Counts per value, keys sorted (the engine's Breakdown shape). */
export function tally(values: readonly (string | null | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].map((x) => x || 'unknown').sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}
