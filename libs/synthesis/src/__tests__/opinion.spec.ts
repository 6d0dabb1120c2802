import { createRandom, opinionGroups, type Vote } from '../index';

/** Two camps that vote opposite ways on statements s0-s19; everyone agrees on s20-s22. */
function twoCamps(perCamp: number, seed = 1): { votes: Vote[]; camp: Map<string, number> } {
  const random = createRandom(seed);
  const votes: Vote[] = [];
  const camp = new Map<string, number>();
  for (let p = 0; p < 2 * perCamp; p++) {
    const id = `p${p}`;
    const side = p % 2;
    camp.set(id, side);
    for (let s = 0; s < 23; s++) {
      if (random() < 0.25) continue; // not everyone sees every statement
      const leaning = s < 20 ? (s % 2 === side ? 1 : -1) : 1;
      const vote = random() < 0.05 ? 0 : random() < 0.9 ? leaning : -leaning;
      votes.push({ participantId: id, statementId: `s${s}`, vote });
    }
  }
  return { votes, camp };
}

describe('opinion groups', () => {
  const { votes, camp } = twoCamps(40);
  const result = opinionGroups(votes, { seed: 3 });

  it('splits a two-camp vote matrix exactly into its two camps', () => {
    expect(result.groups).toHaveLength(2);
    for (const group of result.groups) {
      expect(new Set(group.participantIds.map((id) => camp.get(id))).size).toBe(1);
    }
    expect(result.groups[0].size + result.groups[1].size).toBe(80);
  });

  it('gives each group statements it agrees with that the other rejects', () => {
    for (const group of result.groups) {
      const side = camp.get(group.participantIds[0])!;
      const top = group.representative.filter((r) => r.significant);
      expect(top.length).toBeGreaterThanOrEqual(3);
      for (const r of top) {
        const s = Number(r.statementId.slice(1));
        expect(s).toBeLessThan(20);
        expect(r.direction === 'agree' ? s % 2 === side : s % 2 !== side).toBe(true);
      }
    }
  });

  it('finds as consensus exactly the statements everyone agreed with', () => {
    const agreed = result.consensus
      .filter((c) => c.direction === 'agree')
      .map((c) => c.statementId)
      .sort();
    expect(agreed).toEqual(['s20', 's21', 's22']);
    expect(
      result.groupInformedConsensus
        .slice(0, 3)
        .map((g) => g.statementId)
        .sort(),
    ).toEqual(['s20', 's21', 's22']);
  });

  it('places participants on a 2-D map where the camps lie apart', () => {
    expect(result.participants).toHaveLength(80);
    const mean = (side: number) => {
      const xs = result.participants.filter((p) => camp.get(p.id) === side).map((p) => p.x);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(Math.abs(mean(0) - mean(1))).toBeGreaterThan(1);
    expect(result.parameters.explainedVariance[0]).toBeGreaterThan(result.parameters.explainedVariance[1]);
  });

  it('leaves out participants with fewer than 7 votes, and is deterministic', () => {
    const few: Vote[] = ['s0', 's1', 's2'].map((s) => ({ participantId: 'late', statementId: s, vote: 1 }));
    const r = opinionGroups([...votes, ...few], { seed: 3 });
    expect(r.excludedParticipants).toEqual(['late']);
    expect(r.participants.map((p) => p.id)).not.toContain('late');
    expect(JSON.stringify(opinionGroups(votes, { seed: 3 }))).toBe(JSON.stringify(result));
  });

  it('copes with too few votes and malformed votes', () => {
    const r = opinionGroups([{ participantId: 'a', statementId: 's', vote: 1 }, null as unknown as Vote]);
    expect(r.groups).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(opinionGroups([]).groups).toEqual([]);
  });
});
