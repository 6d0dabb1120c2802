import { randomUUID } from 'node:crypto';
import type { SynthesisRun } from '@polyphony/contracts';
import type { ApiClient } from '../../../test-support/api-client';
import type { TestApp } from '../../../test-support/test-app';
import { ContributionsService } from '../../contributions/contributions.service';
import { generateContributions } from '../../../../../test/fixtures/synthesis/corpus';

/** Records `n` generated multilingual contributions (six topics) in a consultation; returns their ids. */
export async function seedContributions(t: TestApp, consultationId: string, n: number, seed = 3): Promise<string[]> {
  const contributions = t.app.get(ContributionsService);
  const input = generateContributions(n, seed, 0);
  await t.db.transaction(async (m) => {
    for (const c of input) {
      await contributions.record(m, {
        source:
          c.source === 'interview'
            ? 'interview_key_point'
            : c.source === 'questionnaire'
              ? 'questionnaire_answer'
              : c.source === 'proposal'
                ? 'proposal'
                : 'questionnaire_answer',
        sourceRef: `${consultationId.slice(0, 8)}-${c.id}`,
        consultationId,
        text: c.text,
        category: c.category as never,
        country: c.country,
        authorLabel: `Institution ${c.id}`,
      });
    }
  });
  const rows: { id: string }[] = await t.db.query(`SELECT id FROM contributions WHERE consultation_id = $1 ORDER BY id`, [consultationId]);
  return rows.map((r) => r.id);
}

/** Room messages the way rooms store them: a message row and its contribution. */
export async function seedRoomMessages(t: TestApp, consultationId: string, roomId: string, authorId: string, texts: string[]) {
  const contributions = t.app.get(ContributionsService);
  await t.db.transaction(async (m) => {
    const [{ seq }] = await m.query(`SELECT coalesce(max(seq), 0)::int AS seq FROM room_messages WHERE room_id = $1`, [roomId]);
    let n = seq;
    for (const text of texts) {
      const id = randomUUID();
      n++;
      await m.query(
        `INSERT INTO room_messages (id, room_id, seq, rev, client_id, author_id, author_category, body, language) VALUES ($1, $2, $3, $3, $4, $5, 'resident', $6, 'fr')`,
        [id, roomId, n, randomUUID(), authorId, text],
      );
      await contributions.record(m, {
        source: 'room_message',
        sourceRef: id,
        consultationId,
        text,
        category: 'resident',
        country: 'ES',
        authorUserId: authorId,
      });
    }
  });
}

/** Starts a run and waits for it to finish. */
export async function runSynthesis(client: ApiClient, consultationId: string, body: Record<string, unknown> = {}): Promise<SynthesisRun> {
  const created: SynthesisRun = (await client.post(`/api/consultations/${consultationId}/synthesis/runs`, body).expect(201)).body;
  expect(created.status).toBe('queued');
  return waitForRun(client, created.id);
}

export async function waitForRun(client: ApiClient, runId: string, ms = 30_000): Promise<SynthesisRun> {
  const end = Date.now() + ms;
  for (;;) {
    const run: SynthesisRun = (await client.get(`/api/synthesis/runs/${runId}`).expect(200)).body;
    if (run.status === 'succeeded' || run.status === 'failed' || Date.now() > end) return run;
    await new Promise((r) => setTimeout(r, 150));
  }
}
