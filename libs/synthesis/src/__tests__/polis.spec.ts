import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { polisReport } from '../index';

const root = join(__dirname, '../../../..');
const dir = join(root, 'test/fixtures/synthesis/polis-demo');
const file = (name: string) => readFileSync(join(dir, name), 'utf8');
const planted = JSON.parse(file('planted.json')) as {
  groups: Record<string, string[]>;
  excluded: string[];
  consensusAgree: string[];
  consensusDisagree: string[];
};

function expectPlantedGroups(groups: { participantIds: string[] }[]) {
  expect(groups).toHaveLength(3);
  // Each planted group has its own found group, holding at least 90 % of it.
  const matched = Object.values(planted.groups).map((members) => {
    const kept = members.filter((id) => !planted.excluded.includes(id));
    const overlaps = groups.map((g) => kept.filter((id) => g.participantIds.includes(id)).length);
    const best = overlaps.indexOf(Math.max(...overlaps));
    expect(overlaps[best] / kept.length).toBeGreaterThanOrEqual(0.9);
    return best;
  });
  expect(new Set(matched).size).toBe(3);
}

describe('Polis export import', () => {
  it('recovers the planted groups and consensus from comments.csv + votes.csv', () => {
    const report = polisReport({ comments: file('comments.csv'), votes: file('votes.csv') });
    expect(report.format).toBe('votes.csv');
    expect(report.excludedParticipants).toBe(planted.excluded.length);
    expectPlantedGroups(report.groups);
    expect(
      report.consensus
        .filter((c) => c.direction === 'agree')
        .map((c) => c.statementId)
        .sort(),
    ).toEqual(planted.consensusAgree);
    expect(report.consensus.filter((c) => c.direction === 'disagree').map((c) => c.statementId)).toEqual(planted.consensusDisagree);
    for (const g of report.groups) expect(g.representative[0].text).not.toBe('');
  });

  it('reads participants-votes.csv the same way', () => {
    const report = polisReport({ comments: file('comments.csv'), participantsVotes: file('participants-votes.csv') });
    expect(report.format).toBe('participants-votes.csv');
    expectPlantedGroups(report.groups);
  });

  it('skips statements rejected by moderation', () => {
    const comments = file('comments.csv').replace(/^(\d+,,4,0,\d+,\d+,)1,/m, '$1-1,');
    const report = polisReport({ comments, votes: file('votes.csv') });
    expect(report.statements).toBe(24);
  });

  it('prints one JSON object from `npm run synth -- polis <dir>`', () => {
    const out = execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'libs/synthesis/src/cli/main.ts'), 'polis', dir], {
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]);
    expect(json.groups.map((g: { participantIds: string[] }) => g.participantIds.length).reduce((a: number, b: number) => a + b, 0)).toBe(
      57,
    );
    expect(json.consensus.length).toBeGreaterThan(0);
  }, 30000);
});
