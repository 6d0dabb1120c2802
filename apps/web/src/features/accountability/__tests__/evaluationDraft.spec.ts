import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationRequestSchema, type Monitoring, type TrackedIndicator } from '@polyphony/contracts';
import { i18nReady, loadLanguages } from '../../../app/i18n';
import { draftFromMonitoring } from '../evaluationDraft';

const indicator = (over: Partial<TrackedIndicator>): TrackedIndicator => ({
  id: '00000000-0000-4000-8000-000000000001',
  actionId: '00000000-0000-4000-8000-0000000000a1',
  kind: 'quantitative',
  name: { fr: 'Partenariats actifs', es: 'Asociaciones activas' },
  unit: 'accords',
  baselineValue: 2,
  baselineDate: '2025-01-01',
  targetValue: 12,
  targetDate: '2030-12-31',
  status: 'on_track',
  expectedNow: 4.25,
  measurements: [{ id: 'm1', measuredOn: '2026-03-01', value: 5, assessment: null, rating: null, source: null, note: null }],
  ...over,
});

const monitoring = {
  plan: {
    id: 'p',
    slug: 'plan-2025',
    title: { fr: 'Plan' },
    periodStart: 2025,
    periodEnd: 2030,
    status: 'adopted',
    showing: 1,
    versionName: null,
  },
  indicators: [
    indicator({}),
    indicator({
      id: '00000000-0000-4000-8000-000000000002',
      actionId: '00000000-0000-4000-8000-0000000000a2',
      kind: 'qualitative',
      name: { fr: 'Place des diasporas', es: 'Papel de las diásporas' },
      status: 'at_risk',
      measurements: [
        {
          id: 'm2',
          measuredOn: '2026-02-01',
          value: null,
          assessment: { fr: 'Peu associées.', es: 'Poco implicadas.' },
          rating: null,
          source: null,
          note: null,
        },
      ],
    }),
    indicator({ id: '00000000-0000-4000-8000-000000000003', status: 'no_data', measurements: [] }),
  ],
} as unknown as Monitoring;

describe('evaluation draft from the monitoring data', () => {
  beforeAll(async () => {
    await i18nReady;
    await loadLanguages(['fr', 'es']);
  });

  it('titles the draft in every language of the plan with the years it covers', () => {
    const draft = draftFromMonitoring('intermediate', monitoring, ['fr', 'es'], '2026-06-15');
    expect(draft.title).toEqual({ fr: 'Évaluation intermédiaire du plan (2025–2026)', es: 'Evaluación intermedia del plan (2025–2026)' });
    expect({ start: draft.periodStart, end: draft.periodEnd }).toEqual({ start: '2025-01-01', end: '2026-06-15' });
  });

  it('ends the period at the year the evaluation is due when that year is over', () => {
    const draft = draftFromMonitoring('intermediate', monitoring, ['fr'], '2031-02-01');
    expect({ end: draft.periodEnd, title: draft.title.fr }).toEqual({
      end: '2027-12-31',
      title: 'Évaluation intermédiaire du plan (2025–2027)',
    });
    expect(draftFromMonitoring('final', monitoring, ['fr'], '2031-02-01').periodEnd).toBe('2030-12-31');
  });

  it('writes one finding per measured indicator, in each language, linked to it and its action', () => {
    const draft = draftFromMonitoring('final', monitoring, ['fr', 'es'], '2026-06-15');
    expect((draft.findings ?? []).map((f) => ({ assessment: f.assessment, indicators: f.indicatorIds, actions: f.actionIds }))).toEqual([
      { assessment: 'positive', indicators: ['00000000-0000-4000-8000-000000000001'], actions: ['00000000-0000-4000-8000-0000000000a1'] },
      { assessment: 'mixed', indicators: ['00000000-0000-4000-8000-000000000002'], actions: ['00000000-0000-4000-8000-0000000000a2'] },
    ]);
    const [quantitative, qualitative] = draft.findings ?? [];
    expect(quantitative.text.fr).toBe(
      '« Partenariats actifs » : Sur la trajectoire. Dernière mesure 5 accords, environ 4,3 attendu à ce jour, cible 12 accords au 31 décembre 2030.',
    );
    expect(quantitative.text.es).toContain('«Asociaciones activas»: ');
    expect(qualitative.text).toEqual({
      fr: '« Place des diasporas » : À risque. Dernière appréciation : Peu associées.',
      es: '«Papel de las diásporas»: En riesgo. Última valoración: Poco implicadas.',
    });
  });

  it('is a request the server accepts', () => {
    const draft = draftFromMonitoring('final', monitoring, ['fr', 'es'], '2026-06-15');
    expect(createEvaluationRequestSchema.safeParse(draft).error).toBeUndefined();
  });
});
