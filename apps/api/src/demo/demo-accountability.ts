import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { ActionStatus, PartnerPriority, PartnerRegion, PartnershipKind } from '@polyphony/contracts';
import { PlanEntity } from '../plan/plan.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { PlanIndicatorEntity } from '../plan/plan-indicator.entity';
import { ActionTrackingEntity } from '../accountability/action-tracking.entity';
import { IndicatorMeasurementEntity } from '../accountability/indicator-measurement.entity';
import { ExternalityEntity } from '../accountability/externality.entity';
import { NetworkMembershipEntity, PartnerEntity } from '../accountability/partner.entity';
import { expectedValue } from '../accountability/indicator-status';
import { DEMO_PLAN_SLUG } from './demo-plan';
import { department } from './demo-plan-kit';

type P = [
  slug: string,
  name: string,
  country: string,
  region: PartnerRegion,
  priority: PartnerPriority,
  kind: PartnershipKind,
  lat: number,
  lon: number,
];

/** The reference case's geographic priorities (DOMAIN.md), with coordinates for the map. */
export const DEMO_PARTNERS: P[] = [
  ['greater-manchester', 'Greater Manchester', 'GB', 'europe', 'priority', 'bilateral', 53.48, -2.24],
  ['greater-lyon', 'Greater Lyon', 'FR', 'europe', 'priority', 'bilateral', 45.76, 4.84],
  ['milan', 'Milan', 'IT', 'europe', 'priority', 'bilateral', 45.46, 9.19],
  ['turin', 'Turin', 'IT', 'europe', 'priority', 'bilateral', 45.07, 7.69],
  ['porto', 'Porto', 'PT', 'europe', 'priority', 'twinning', 41.15, -8.61],
  ['katowice-gzm', 'Katowice GZM', 'PL', 'europe', 'priority', 'bilateral', 50.26, 19.02],
  ['amsterdam', 'Amsterdam', 'NL', 'europe', 'intensify', 'bilateral', 52.37, 4.9],
  ['rotterdam', 'Rotterdam', 'NL', 'europe', 'intensify', 'bilateral', 51.92, 4.48],
  ['the-hague', 'The Hague', 'NL', 'europe', 'intensify', 'bilateral', 52.08, 4.3],
  ['greater-paris', 'Greater Paris', 'FR', 'europe', 'intensify', 'bilateral', 48.86, 2.35],
  ['tunis', 'Tunis', 'TN', 'mediterranean', 'priority', 'cooperation_project', 36.81, 10.18],
  ['aix-marseille-provence', 'Aix-Marseille-Provence', 'FR', 'mediterranean', 'priority', 'bilateral', 43.3, 5.37],
  ['rome', 'Rome', 'IT', 'mediterranean', 'priority', 'bilateral', 41.9, 12.5],
  ['tangier-tetouan', 'Tangier-Tetouan', 'MA', 'mediterranean', 'priority', 'cooperation_project', 35.76, -5.83],
  ['sfax', 'Sfax', 'TN', 'mediterranean', 'priority', 'cooperation_project', 34.74, 10.76],
  ['naples', 'Naples', 'IT', 'mediterranean', 'encourage', 'bilateral', 40.85, 14.27],
  ['algiers', 'Algiers', 'DZ', 'mediterranean', 'encourage', 'bilateral', 36.75, 3.06],
  ['thessaloniki', 'Thessaloniki', 'GR', 'mediterranean', 'encourage', 'bilateral', 40.64, 22.94],
  ['san-salvador', 'San Salvador', 'SV', 'latin_america', 'priority', 'cooperation_project', 13.69, -89.22],
  ['aburra-valley', 'Aburrá Valley', 'CO', 'latin_america', 'priority', 'cooperation_project', 6.25, -75.56],
  ['montevideo', 'Montevideo', 'UY', 'latin_america', 'priority', 'twinning', -34.9, -56.16],
  ['mexico-city', 'Mexico City', 'MX', 'latin_america', 'priority', 'bilateral', 19.43, -99.13],
  ['guadalajara', 'Guadalajara', 'MX', 'latin_america', 'priority', 'bilateral', 20.66, -103.35],
  ['bogota', 'Bogotá', 'CO', 'latin_america', 'priority', 'bilateral', 4.71, -74.07],
  ['santiago-de-chile', 'Santiago de Chile', 'CL', 'latin_america', 'priority', 'bilateral', -33.45, -70.67],
  ['seoul', 'Seoul', 'KR', 'asia', 'intensify', 'bilateral', 37.57, 126.98],
  ['guangzhou', 'Guangzhou', 'CN', 'asia', 'intensify', 'bilateral', 23.13, 113.26],
  ['montreal', 'Montreal', 'CA', 'north_america', 'intensify', 'bilateral', 45.5, -73.57],
  ['gauteng', 'Gauteng', 'ZA', 'africa', 'priority', 'cooperation_project', -26.27, 28.11],
  ['maputo', 'Maputo', 'MZ', 'africa', 'priority', 'cooperation_project', -25.97, 32.57],
  ['dakar', 'Dakar', 'SN', 'africa', 'priority', 'cooperation_project', 14.72, -17.47],
];

const AGREEMENTS: Record<string, { title: string; signedOn: string; endsOn: string | null }[]> = {
  'greater-manchester': [{ title: 'Memorandum of understanding on urban innovation', signedOn: '2022-03-14', endsOn: '2027-03-14' }],
  tunis: [{ title: 'Convention de coopération décentralisée (eau et déchets)', signedOn: '2021-11-05', endsOn: '2026-12-31' }],
  montevideo: [{ title: 'Acuerdo de hermanamiento', signedOn: '1999-06-21', endsOn: null }],
  maputo: [{ title: 'Projecte de cooperació: gestió de residus', signedOn: '2023-02-01', endsOn: '2026-01-31' }],
};

export const DEMO_NETWORKS = [
  { slug: 'metropolis', name: 'Metropolis', joinedOn: '1985-04-01', role: 'Secretariat general host' },
  { slug: 'uclg', name: 'UCLG / CGLU', joinedOn: '2004-05-05', role: null },
  { slug: 'eurocities', name: 'Eurocities', joinedOn: '1989-01-01', role: 'Working group chair' },
  { slug: 'ema', name: 'European Metropolitan Authorities (EMA)', joinedOn: '2015-11-01', role: null },
  { slug: 'medcities', name: 'MedCities', joinedOn: '1991-11-01', role: 'Presidency' },
  { slug: 'iclei', name: 'ICLEI', joinedOn: '2010-06-01', role: null },
];

/** How each demo action goes, in plan order; the pace of its indicators (share of the expected change reached). */
const ACTION_STATES: { status: ActionStatus; progress: number; pace: number }[] = [
  { status: 'in_progress', progress: 45, pace: 1.05 },
  { status: 'in_progress', progress: 30, pace: 0.7 },
  { status: 'in_progress', progress: 35, pace: 0.95 },
  { status: 'in_progress', progress: 20, pace: 0.45 },
  { status: 'in_progress', progress: 50, pace: 1.1 },
  { status: 'not_started', progress: 0, pace: 0.9 },
  { status: 'done', progress: 100, pace: 1.2 },
  { status: 'dropped', progress: 10, pace: 0.3 },
];

/** Eight quarter ends ending with the last one before `now`: two years of measurements. */
export function quarterEnds(now: Date): string[] {
  const ends: string[] = [];
  let y = now.getUTCFullYear();
  let q = Math.floor(now.getUTCMonth() / 3); // the quarter before the current one, 0-based: q-1
  for (let i = 0; i < 8; i++) {
    q -= 1;
    if (q < 0) {
      q = 3;
      y -= 1;
    }
    ends.unshift(new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10));
  }
  return ends;
}

/**
 * Tracking, two years of measurements for the demo plan's indicators, an externality, the partner
 * territories of the reference case and the network memberships. Keyed on natural keys (action id,
 * partner and network slugs; measurements only for an indicator that has none): a second run changes nothing.
 */
export async function seedDemoAccountability(manager: EntityManager, now = new Date()): Promise<void> {
  await manager
    .getRepository(PartnerEntity)
    .createQueryBuilder()
    .insert()
    .values(
      DEMO_PARTNERS.map(([slug, name, country, region, priority, kind, latitude, longitude]) => ({
        slug,
        name,
        country,
        region,
        priority,
        kind,
        latitude,
        longitude,
        agreements: AGREEMENTS[slug] ?? [],
      })),
    )
    .orIgnore()
    .execute();
  await manager.getRepository(NetworkMembershipEntity).createQueryBuilder().insert().values(DEMO_NETWORKS).orIgnore().execute();

  const plan = await manager.getRepository(PlanEntity).findOneBy({ slug: DEMO_PLAN_SLUG });
  if (!plan) return;
  const actions = await manager
    .getRepository(PlanSectionEntity)
    .find({ where: { planId: plan.id, kind: 'action', deletedAt: IsNull() }, order: { parentId: 'ASC', position: 'ASC' } });
  actions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.position - b.position);
  const tracking = actions.map((a, i) => {
    const state = ACTION_STATES[i % ACTION_STATES.length];
    return {
      actionId: a.id,
      planId: plan.id,
      status: state.status,
      progress: state.progress,
      responsible: a.content.leadDepartment ?? department('international'),
      subActions:
        i === 0
          ? [
              {
                title: {
                  fr: 'Candidature au bureau',
                  es: 'Candidatura a la mesa',
                  ca: 'Candidatura a la mesa',
                  en: 'Bid for a board seat',
                },
                weight: 1,
                progress: 100,
              },
              {
                title: {
                  fr: 'Deux prises de position par an',
                  es: 'Dos tomas de posición al año',
                  ca: "Dues preses de posició a l'any",
                  en: 'Two policy statements a year',
                },
                weight: 2,
                progress: 20,
              },
            ]
          : [],
      milestones: [
        {
          title: { fr: 'Lancement', es: 'Lanzamiento', ca: 'Llançament', en: 'Launch' },
          dueOn: `${plan.periodStart}-03-31`,
          doneOn: state.status === 'not_started' ? null : `${plan.periodStart}-04-15`,
        },
        {
          title: { fr: 'Bilan intermédiaire', es: 'Balance intermedio', ca: 'Balanç intermedi', en: 'Mid-term review' },
          dueOn: `${plan.periodStart + 2}-06-30`,
          doneOn: null,
        },
      ],
      budgetLines: [
        {
          line: {
            fr: 'Déplacements et missions',
            es: 'Desplazamientos y misiones',
            ca: 'Desplaçaments i missions',
            en: 'Travel and missions',
          },
          planned: 20000 + 5000 * i,
          spent: Math.round(((20000 + 5000 * i) * state.progress) / 100),
          currency: 'EUR',
        },
        {
          line: { fr: 'Études et prestations', es: 'Estudios y servicios', ca: 'Estudis i serveis', en: 'Studies and services' },
          planned: 30000,
          spent: Math.round((30000 * state.progress) / 120),
          currency: 'EUR',
        },
      ],
    };
  });
  if (tracking.length)
    await manager.getRepository(ActionTrackingEntity).createQueryBuilder().insert().values(tracking).orIgnore().execute();

  const indicators = await manager.getRepository(PlanIndicatorEntity).find({ where: { planId: plan.id, deletedAt: IsNull() } });
  const measured = new Set(
    (
      await manager.query(`SELECT DISTINCT indicator_id FROM indicator_measurements WHERE indicator_id = ANY($1::uuid[])`, [
        indicators.map((i) => i.id),
      ])
    ).map((r: { indicator_id: string }) => r.indicator_id),
  );
  const order = new Map(actions.map((a, i) => [a.id, i]));
  const quarters = quarterEnds(now);
  const rows: Partial<IndicatorMeasurementEntity>[] = [];
  for (const ind of indicators) {
    if (measured.has(ind.id) || !order.has(ind.actionId)) continue;
    const pace = ACTION_STATES[order.get(ind.actionId)! % ACTION_STATES.length].pace;
    if (ind.kind === 'qualitative') {
      rows.push(
        {
          indicatorId: ind.id,
          measuredOn: quarters[3],
          assessment: {
            fr: 'Premiers échanges de pratiques : deux services ont adapté leurs procédures.',
            es: 'Primeros intercambios de prácticas: dos servicios han adaptado sus procedimientos.',
          },
          rating: 'at_risk',
          source: 'Comité de suivi',
          note: null,
        },
        {
          indicatorId: ind.id,
          measuredOn: quarters[7],
          assessment: {
            fr: 'Les échanges se sont diffusés : cinq services citent une amélioration issue d’un partenaire.',
            es: 'Los intercambios se han difundido: cinco servicios citan una mejora surgida de un socio.',
          },
          rating: 'on_track',
          source: 'Comité de suivi',
          note: null,
        },
      );
      continue;
    }
    const baseline = ind.baselineValue ?? 0;
    const trajectory = {
      ...ind,
      baselineDate: ind.baselineDate ?? `${plan.periodStart}-01-01`,
      targetDate: ind.targetDate ?? `${plan.periodEnd}-12-31`,
    };
    // Whole baselines and targets are counts (documents, people): measured in whole numbers, never "1.6 documents".
    const whole = Number.isInteger(baseline) && Number.isInteger(ind.targetValue ?? 0);
    const decimals = !whole && (ind.targetValue ?? 0) - baseline < 20 ? 1 : 0;
    quarters.forEach((measuredOn, k) => {
      const expected = expectedValue(trajectory, measuredOn) ?? baseline;
      // Before the baseline date the series hovers around the baseline; then it follows its pace.
      const value = baseline + (expected - baseline) * pace + (k % 2 ? 0.02 : -0.02) * Math.abs(baseline || 1);
      rows.push({
        indicatorId: ind.id,
        measuredOn,
        value: Number(Math.max(0, value).toFixed(decimals)),
        source: ind.source ?? 'Direction des relations internationales',
        note: k === quarters.length - 1 ? 'Donnée provisoire' : null,
      });
    });
  }
  if (rows.length) await manager.getRepository(IndicatorMeasurementEntity).insert(rows);

  const externalities = manager.getRepository(ExternalityEntity);
  if (!(await externalities.existsBy({ planId: plan.id }))) {
    await externalities.insert({
      planId: plan.id,
      actionId: actions[0]?.id ?? null,
      observedOn: quarters[6],
      description: {
        fr: 'Émissions de CO₂ des missions en avion (≈ 38 t en un an).',
        es: 'Emisiones de CO₂ de las misiones en avión (≈ 38 t en un año).',
      },
      mitigation: {
        fr: 'Train pour les trajets de moins de 6 heures, réunions en ligne.',
        es: 'Tren para los trayectos de menos de 6 horas, reuniones en línea.',
      },
    });
  }
}
