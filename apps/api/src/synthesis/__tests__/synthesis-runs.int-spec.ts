import type { SynthesisRun, Workspace } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { openRoom, person, type Person } from '../../rooms/__tests__/room-test-kit';
import { JobsService } from '../../jobs/jobs.service';
import { SYNTHESIS_QUEUE } from '../synthesis-runs.service';
import { SynthesisRunEntity } from '../synthesis-run.entity';
import { runSynthesis, seedContributions, seedRoomMessages, waitForRun } from './synthesis-kit';

describe('synthesis runs (pg-boss jobs, worker threads, storage, workspace)', () => {
  let t: TestApp;
  let official: Person;
  let facilitator: Person;
  let participant: Person;
  let consultationId: string;
  let roomId: string;
  let inputIds: string[];

  const workspace = async (client = official.client, query = ''): Promise<Workspace> =>
    (await client.get(`/api/consultations/${consultationId}/synthesis/workspace${query}`).expect(200)).body.workspace;

  beforeAll(async () => {
    t = await startTestApp();
    official = await person(t, 'official', 'official');
    facilitator = await person(t, 'participant', 'civil_society');
    participant = await person(t, 'participant');
    ({ consultationId, roomId } = await openRoom(t, official, facilitator));
    inputIds = await seedContributions(t, consultationId, 240);
  }, 120_000);
  afterAll(() => t.close());

  let first: SynthesisRun;

  it('runs a synthesis end to end through pg-boss and stores inputs, hash, themes with members, timings', async () => {
    first = await runSynthesis(official.client, consultationId);
    expect(first).toMatchObject({
      status: 'succeeded',
      progress: 100,
      stage: 'done',
      inputCount: 240,
      engine: expect.stringContaining('themes@'),
    });
    expect(first.inputHash).toMatch(/^[0-9a-f]{16,64}$/);
    expect(first.timings).toEqual(expect.objectContaining({ analyseMs: expect.any(Number), totalMs: expect.any(Number) }));
    const stored = await t.db.getRepository(SynthesisRunEntity).findOneByOrFail({ id: first.id });
    expect([...stored.inputIds].sort()).toEqual(inputIds);
    const ws = await workspace();
    expect(ws.run.id).toBe(first.id);
    const themes = ws.themes.filter((x) => x.origin !== 'other');
    expect(themes.length).toBeGreaterThanOrEqual(4);
    // Every contribution is in exactly one theme (or "other") of the run: provenance is complete.
    const [members] = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT contribution_id)::int AS d FROM synthesis_theme_members WHERE run_id = $1`,
      [first.id],
    );
    expect(members).toEqual({ n: 240, d: 240 });
    for (const theme of themes) {
      expect(theme.label.length).toBeGreaterThan(2);
      expect(theme.quotes.length).toBeGreaterThanOrEqual(1);
      expect(Object.values(theme.byCategory).reduce((a, b) => a + b, 0)).toBe(theme.size);
    }
    expect(first.comparison).toBeNull();
  });

  it('is reproducible: the same inputs give the same hash and the same themes; the comparison says nothing changed', async () => {
    const again = await runSynthesis(official.client, consultationId);
    expect(again.inputHash).toBe(first.inputHash);
    const sets = async (runId: string) =>
      (await t.db.query(
        `SELECT t.label, array_agg(m.contribution_id::text ORDER BY m.contribution_id) AS ids FROM synthesis_themes t JOIN synthesis_theme_members m ON m.theme_id = t.id WHERE t.run_id = $1 GROUP BY t.id ORDER BY t.position`,
        [runId],
      )) as { label: string; ids: string[] }[];
    expect(await sets(again.id)).toEqual(await sets(first.id));
    expect(again.comparison).toMatchObject({ previousRunId: first.id, added: 0, removed: 0, resized: 0 });
    expect(again.comparison!.unchanged).toBeGreaterThanOrEqual(4);
  });

  it('records a failed job on its run (status, error) and in pg-boss, instead of losing it', async () => {
    const run = await t.db
      .getRepository(SynthesisRunEntity)
      .save({ consultationId, parameters: { seed: 'not a number' }, status: 'queued' as const });
    const jobs = t.app.get(JobsService);
    const jobId = await jobs.send(SYNTHESIS_QUEUE, { runId: run.id });
    const failed = await waitForRun(official.client, run.id);
    expect(failed).toMatchObject({ status: 'failed', stage: 'failed' });
    expect(failed.error).toBeTruthy();
    let state = await jobs.state(SYNTHESIS_QUEUE, jobId!);
    for (let i = 0; i < 50 && state?.state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await jobs.state(SYNTHESIS_QUEUE, jobId!);
    }
    expect(state?.state).toBe('failed');
  });

  it('filters themes by source, category and country', async () => {
    const all = await workspace();
    const filtered = await workspace(official.client, '?category=academia&country=ES');
    const [expected] = await t.db.query(
      `SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1 AND category = 'academia' AND country = 'ES'`,
      [consultationId],
    );
    expect(filtered.themes.reduce((s, x) => s + x.filteredSize, 0)).toBe(expected.n);
    for (const theme of filtered.themes) {
      expect(Object.keys(theme.byCategory)).toEqual(['academia']);
      expect(Object.keys(theme.byCountry)).toEqual(['ES']);
      expect(theme.size).toBe(all.themes.find((x) => x.id === theme.id)!.size);
    }
    await official.client.get(`/api/consultations/${consultationId}/synthesis/workspace?category=nobody`).expect(422);
  });

  it('merges, renames and splits themes by hand, and applies the edits again to the next run', async () => {
    const ws = await workspace();
    const [a, b, c] = ws.themes.filter((x) => x.origin === 'engine');
    const merged = (
      await official.client
        .post(`/api/synthesis/runs/${ws.run.id}/merge`, { themeIds: [a.id, b.id], label: 'Europe et financements' })
        .expect(201)
    ).body;
    expect(merged).toMatchObject({ origin: 'merged', label: 'Europe et financements', size: a.size + b.size });
    await official.client.put(`/api/synthesis/themes/${c.id}/label`, { label: 'Culture et talents' }).expect(200);
    const page = (await official.client.get(`/api/synthesis/themes/${merged.id}/contributions?limit=5`).expect(200)).body;
    const split = (
      await official.client
        .post(`/api/synthesis/themes/${merged.id}/split`, { contributionIds: page.items.map((x: { id: string }) => x.id), label: 'À part' })
        .expect(201)
    ).body;
    expect(split).toMatchObject({ origin: 'split', size: 5, label: 'À part' });
    const after = await workspace();
    expect(after.themes.find((x) => x.id === merged.id)!.size).toBe(a.size + b.size - 5);
    expect(after.themes.map((x) => x.label)).toEqual(expect.arrayContaining(['Europe et financements', 'Culture et talents', 'À part']));

    // A new run (one more contribution) keeps the edits where members still match.
    await seedContributions(t, consultationId, 1, 99);
    const next = await runSynthesis(official.client, consultationId);
    const nextWs = await workspace();
    expect(nextWs.run.id).toBe(next.id);
    const byLabel = new Map(nextWs.themes.map((x) => [x.label, x]));
    expect(byLabel.get('Europe et financements')).toMatchObject({ origin: 'merged' });
    expect(byLabel.get('Culture et talents')).toMatchObject({ renamed: true });
    // The split is applied again to those of its members the new run still puts in the merged theme
    // (one more contribution may move a member elsewhere): never anyone else.
    const splitAgain = byLabel.get('À part')!;
    expect(splitAgain).toMatchObject({ origin: 'split' });
    const members = (await official.client.get(`/api/synthesis/themes/${splitAgain.id}/contributions?limit=50`).expect(200)).body.items.map(
      (x: { id: string }) => x.id,
    );
    expect(members.length).toBe(splitAgain.size);
    expect(members.length).toBeGreaterThanOrEqual(1);
    expect(page.items.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(members));
    expect(next.comparison!.changes.length).toBeGreaterThan(0);

    // Edits go to the latest run only.
    await official.client
      .put(`/api/synthesis/themes/${c.id}/label`, { label: 'Trop tard' })
      .expect(409)
      .expect((r) => expect(r.body.error.code).toBe('synthesis.not_latest_run'));
  });

  it('goes from a theme to its contributions (keyset pages) and from a contribution to its themes', async () => {
    const ws = await workspace();
    const theme = ws.themes.find((x) => x.origin === 'engine')!;
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const res: { items: { id: string }[]; nextCursor: string | null } = (
        await official.client.get(`/api/synthesis/themes/${theme.id}/contributions?limit=7${cursor ? `&cursor=${cursor}` : ''}`).expect(200)
      ).body;
      for (const item of res.items) seen.add(item.id);
      cursor = res.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(theme.size);
    const one = [...seen][0];
    const back = (await official.client.get(`/api/synthesis/contributions/${one}/themes`).expect(200)).body;
    expect(back).toEqual([expect.objectContaining({ themeId: theme.id, runId: ws.run.id, roomId: null, label: theme.label })]);
  });

  it("synthesises a room's messages alone, and its live panel catches up with new messages", async () => {
    const texts = (n: number, offset = 0) =>
      Array.from({ length: n }, (_, i) =>
        i % 2
          ? `Il faut plus de fonds européens pour la coopération ${i + offset}`
          : `Le transport public métropolitain doit s'améliorer ${i + offset}`,
      );
    await seedRoomMessages(t, consultationId, roomId, participant.id, texts(12));
    const run = await runSynthesis(official.client, consultationId, { roomId });
    expect(run).toMatchObject({ status: 'succeeded', roomId, inputCount: 12 });
    const live = (await facilitator.client.get(`/api/rooms/${roomId}/synthesis/live`).expect(200)).body;
    expect(live).toMatchObject({ roomId, messages: 12 });
    await seedRoomMessages(t, consultationId, roomId, participant.id, texts(6, 100));
    const started = Date.now();
    let latest = live;
    while (latest.messages !== 18 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 300));
      latest = (await facilitator.client.get(`/api/rooms/${roomId}/synthesis/live`).expect(200)).body;
    }
    expect(latest.messages).toBe(18);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads texts through their Spanish pivot, leaves facilitators prompts out, counts short answers, renders quotes as Markdown', async () => {
    await seedRoomMessages(t, consultationId, roomId, facilitator.id, ['Quelle ville partenaire proposez-vous ? Répondez en un mot.']);
    await seedRoomMessages(t, consultationId, roomId, participant.id, ['Lyon', 'lyon', 'Milano']);
    let live = (await facilitator.client.get(`/api/rooms/${roomId}/synthesis/live`).expect(200)).body;
    const started = Date.now();
    while ((live.updating || live.messages !== 21) && Date.now() - started < 15_000) {
      await new Promise((r) => setTimeout(r, 300));
      live = (await facilitator.client.get(`/api/rooms/${roomId}/synthesis/live`).expect(200)).body;
    }
    // 18 messages and 3 answers: the facilitator's prompt is not a contribution.
    expect(live.messages).toBe(21);
    expect(live.answers).toEqual(
      expect.arrayContaining([
        { value: 'Lyon', count: 2 },
        { value: 'Milano', count: 1 },
      ]),
    );
    for (const theme of live.themes) {
      expect(theme.label).not.toMatch(/lyon|milano|·/i);
      expect(theme.labelLanguage).toBe('es');
      for (const q of theme.quotes)
        expect(q).toEqual({ id: expect.any(String), text: expect.any(String), html: expect.stringMatching(/^<p>/), language: 'fr' });
    }
    const run = await runSynthesis(official.client, consultationId, { roomId });
    expect(run.counts).toMatchObject({ answers: 3, answerValues: 2 });
    // The 18 French messages at least (short answers are translated too, for their tally).
    expect(run.counts!.translated).toBeGreaterThanOrEqual(18);
    const ws = await workspace(official.client, `?roomId=${roomId}`);
    const engineThemes = ws.themes.filter((x) => x.origin === 'engine');
    expect(engineThemes.length).toBeGreaterThan(0);
    for (const theme of engineThemes) {
      expect(theme.labelLanguage).toBe('es');
      for (const q of theme.quotes) expect(q).toMatchObject({ language: 'fr', pivot: expect.any(String) });
    }
    const members: { id: string }[] = await t.db.query(`SELECT contribution_id AS id FROM synthesis_theme_members WHERE run_id = $1`, [
      run.id,
    ]);
    expect(members).toHaveLength(21);
  });

  describe('who may do what', () => {
    const cases: [string, number, () => Person | null][] = [
      ['an official', 201, () => official],
      ["the consultation's facilitator", 201, () => facilitator],
      ['a participant', 403, () => participant],
      ['someone signed out', 401, () => null],
    ];
    it.each(cases)('%s starting a run gets %d', async (_, status, who) => {
      const client = who()?.client ?? (await t.client());
      await client.post(`/api/consultations/${consultationId}/synthesis/runs`, {}).expect(status);
    });

    it.each([
      ['an official', 200, () => official],
      ["the consultation's facilitator", 200, () => facilitator],
      ['a participant', 403, () => participant],
    ] as const)('%s opening the workspace gets %d', async (_, status, who) => {
      await who().client.get(`/api/consultations/${consultationId}/synthesis/workspace`).expect(status);
    });

    it('only officials edit themes; participants cannot read a theme nor the live panel', async () => {
      const ws = await workspace();
      const theme = ws.themes.find((x) => x.origin !== 'other')!;
      await facilitator.client.put(`/api/synthesis/themes/${theme.id}/label`, { label: 'Non' }).expect(403);
      await participant.client.put(`/api/synthesis/themes/${theme.id}/label`, { label: 'Non' }).expect(403);
      await participant.client.get(`/api/synthesis/themes/${theme.id}/contributions`).expect(403);
      await participant.client.get(`/api/rooms/${roomId}/synthesis/live`).expect(403);
      await participant.client.get(`/api/synthesis/contributions/${inputIds[0]}/themes`).expect(403);
    });
  });
});
