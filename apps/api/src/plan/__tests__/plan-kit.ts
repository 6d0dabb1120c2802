import { randomUUID } from 'node:crypto';
import type { ApiClient } from '../../../test-support/api-client';
import type { TestApp } from '../../../test-support/test-app';
import { ContributionsService } from '../../contributions/contributions.service';

let n = 0;
export const content = (title: string, paragraphs: string[] = [], extra: Record<string, unknown> = {}) => ({
  title: { fr: title },
  paragraphs: paragraphs.map((text) => ({ id: randomUUID(), text: { fr: text } })),
  ...extra,
});

/** A plan with a specific objective, two strategic lines and one action under the first. */
export async function planWithLines(official: ApiClient, consultationId: string | null = null) {
  const plan = (
    await official
      .post('/api/plans', {
        slug: `plan-${Date.now().toString(36)}-${++n}`,
        title: { fr: 'Plan d’internationalisation', es: 'Plan de internacionalización' },
        periodStart: 2026,
        periodEnd: 2030,
        languages: ['fr', 'es'],
        consultationId,
      })
      .expect(201)
  ).body;
  const objective = (
    await official
      .post(`/api/plans/${plan.id}/sections`, {
        kind: 'specific_objective',
        content: content('Influencer les agendas', ['Peser dans les réseaux européens.']),
      })
      .expect(201)
  ).body;
  const line1 = (
    await official
      .post(`/api/plans/${plan.id}/sections`, {
        kind: 'strategic_line',
        content: content('Agenda européen et ONU', ['Par les réseaux de villes.']),
      })
      .expect(201)
  ).body;
  const line2 = (
    await official
      .post(`/api/plans/${plan.id}/sections`, { kind: 'strategic_line', content: content('Fonds européens', ['Next Generation EU.']) })
      .expect(201)
  ).body;
  const action = (
    await official
      .post(`/api/plans/${plan.id}/sections`, {
        kind: 'action',
        parentId: line1.id,
        content: content('Présider un groupe de travail d’Eurocities', ['Porter la voix de la métropole.'], {
          expectedResults: [{ id: randomUUID(), text: { fr: 'Deux prises de position par an.' } }],
          leadDepartment: { fr: 'Relations internationales' },
          partners: [{ kind: 'network', name: 'Eurocities' }],
          geographicPriorities: [{ territory: 'Greater Manchester', region: 'europe', intensity: 'priority' }],
          sdgTargets: ['11.3', '17.17'],
          agendas: ['new_urban_agenda'],
          indicators: [
            {
              id: randomUUID(),
              kind: 'quantitative',
              name: { fr: 'Prises de position' },
              unit: 'documents',
              baselineValue: 0,
              targetValue: 8,
              targetDate: '2030-12-31',
            },
          ],
        }),
      })
      .expect(201)
  ).body;
  return { plan, objective, line1, line2, action };
}

/** Contributions written straight through ContributionsService (as the features that own them do). */
export async function contribution(
  t: TestApp,
  input: {
    consultationId: string;
    text: string;
    source?: string;
    category?: string;
    authorUserId?: string | null;
    authorLabel?: string | null;
    keyPoint?: boolean;
  },
) {
  const ref = randomUUID();
  await t.db.transaction((manager) =>
    new ContributionsService().record(manager, {
      source: (input.source ?? 'interview_key_point') as any,
      sourceRef: ref,
      consultationId: input.consultationId,
      text: input.text,
      category: (input.category ?? 'academia') as any,
      country: 'ES',
      authorUserId: input.authorUserId ?? null,
      authorLabel: input.authorLabel ?? null,
      keyPoint: input.keyPoint ?? true,
    }),
  );
  const [row] = await t.db.query(`SELECT id FROM contributions WHERE source_ref = $1`, [ref]);
  return row.id as string;
}

/** A finished synthesis run with one theme made of these contributions. */
export async function theme(t: TestApp, consultationId: string, label: string, contributionIds: string[]) {
  const [run] = await t.db.query(
    `INSERT INTO synthesis_runs (consultation_id, status, stage, progress, input_ids, input_count) VALUES ($1, 'succeeded', 'done', 100, $2, $3) RETURNING id`,
    [consultationId, JSON.stringify(contributionIds), contributionIds.length],
  );
  const [row] = await t.db.query(
    `INSERT INTO synthesis_themes (run_id, position, origin, label, size, quotes, by_category) VALUES ($1, 0, 'engine', $2, $3, $4, '{"academia": 1}') RETURNING id`,
    [run.id, label, contributionIds.length, JSON.stringify([{ id: contributionIds[0], text: 'quote', centrality: 1 }])],
  );
  for (const id of contributionIds)
    await t.db.query(`INSERT INTO synthesis_theme_members (theme_id, contribution_id, run_id) VALUES ($1, $2, $3)`, [row.id, id, run.id]);
  return row.id as string;
}
