import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { FindingAssessment, FollowUpStatus, RecommendationPriority, TranslatedText } from '@polyphony/contracts';
import { PlanEntity } from '../plan/plan.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { PlanIndicatorEntity } from '../plan/plan-indicator.entity';
import { UserEntity } from '../users/user.entity';
import { EvaluationEntity, EvaluationFindingEntity, EvaluationRecommendationEntity } from '../accountability/evaluation.entity';
import { quarterEnds } from './demo-accountability';
import { DEMO_PLAN_SLUG } from './demo-plan';

const t4 = (fr: string, es: string, ca: string, en: string): TranslatedText => ({ fr, es, ca, en });
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Demo actions and indicators are found by their French title and name (natural keys of the demo plan). */
const ACTION = {
  metropolis: 'Présider un groupe de travail de Metropolis',
  urbanAgenda: 'Une place pour les métropoles dans l’Agenda urbain de l’UE',
  exchanges: 'Échanges techniques dans les deux sens',
  cooperation: 'Coopération décentralisée avec Gauteng, Maputo et Dakar',
} as const;
const INDICATOR = {
  positions: 'Prises de position adoptées',
  urbanPartnerships: 'Partenariats de l’Agenda urbain suivis',
  agents: 'Agents en mission d’échange',
  improvements: 'Améliorations de service issues des échanges',
} as const;
type ActionKey = keyof typeof ACTION;
type IndicatorKey = keyof typeof INDICATOR;

const FINDINGS: { text: TranslatedText; assessment: FindingAssessment; actions: ActionKey[]; indicators: IndicatorKey[] }[] = [
  {
    text: t4(
      'La présidence du groupe de travail de Metropolis donne à la métropole une voix reconnue : les prises de position adoptées suivent la trajectoire prévue.',
      'La presidencia del grupo de trabajo de Metropolis da a la metrópolis una voz reconocida: los posicionamientos adoptados siguen la trayectoria prevista.',
      'La presidència del grup de treball de Metropolis dona a la metròpoli una veu reconeguda: els posicionaments adoptats segueixen la trajectòria prevista.',
      'Chairing the Metropolis working group gives the metropolis a recognised voice: the positions adopted follow the planned trajectory.',
    ),
    assessment: 'positive',
    actions: ['metropolis'],
    indicators: ['positions'],
  },
  {
    text: t4(
      'La participation à l’Agenda urbain de l’UE progresse moins vite que prévu : un seul nouveau partenariat est suivi, faute d’agents disponibles.',
      'La participación en la Agenda Urbana de la UE avanza más despacio de lo previsto: solo se sigue una nueva asociación, por falta de personal disponible.',
      'La participació a l’Agenda Urbana de la UE avança més a poc a poc del previst: només se segueix una nova associació, per manca de personal disponible.',
      'Participation in the Urban Agenda for the EU is slower than planned: only one new partnership is followed, for lack of available staff.',
    ),
    assessment: 'mixed',
    actions: ['urbanAgenda'],
    indicators: ['urbanPartnerships'],
  },
  {
    text: t4(
      'Les échanges techniques sont loin de l’objectif : peu d’agents partent en mission, alors que ceux qui l’ont fait rapportent des améliorations concrètes de service.',
      'Los intercambios técnicos están lejos del objetivo: poco personal sale de misión, aunque quienes lo han hecho aportan mejoras concretas del servicio.',
      'Els intercanvis tècnics són lluny de l’objectiu: poc personal surt de missió, tot i que qui ho ha fet aporta millores concretes del servei.',
      'Technical exchanges are far from the target: few staff go on missions, although those who did report concrete service improvements.',
    ),
    assessment: 'negative',
    actions: ['exchanges'],
    indicators: ['agents', 'improvements'],
  },
  {
    text: t4(
      'Les habitants connaissent mal l’action internationale : la page de suivi publique et les réponses aux contributions sont un premier pas apprécié.',
      'La ciudadanía conoce poco la acción internacional: la página pública de seguimiento y las respuestas a las contribuciones son un primer paso valorado.',
      'La ciutadania coneix poc l’acció internacional: la pàgina pública de seguiment i les respostes a les contribucions són un primer pas valorat.',
      'Residents know little about the international action: the public monitoring page and the answers to contributions are a welcome first step.',
    ),
    assessment: 'mixed',
    actions: [],
    indicators: [],
  },
];

const RECOMMENDATIONS: {
  text: TranslatedText;
  priority: RecommendationPriority;
  actions: ActionKey[];
  indicators: IndicatorKey[];
  followUp?: { status: FollowUpStatus; response: TranslatedText };
}[] = [
  {
    text: t4(
      'Lever les freins au départ en mission : un budget de remplacement par service et une reconnaissance dans l’évaluation des agents.',
      'Eliminar los frenos a las misiones: un presupuesto de sustitución por servicio y un reconocimiento en la evaluación del personal.',
      'Eliminar els frens a les missions: un pressupost de substitució per servei i un reconeixement en l’avaluació del personal.',
      'Remove what holds staff back from missions: a replacement budget per department and recognition in staff appraisals.',
    ),
    priority: 'high',
    actions: ['exchanges'],
    indicators: ['agents'],
    followUp: {
      status: 'in_progress',
      response: t4(
        'Un budget de remplacement est inscrit au budget de l’an prochain ; la direction des ressources humaines prépare la reconnaissance des missions.',
        'Se ha inscrito un presupuesto de sustitución para el año próximo; la dirección de recursos humanos prepara el reconocimiento de las misiones.',
        'S’ha inscrit un pressupost de substitució per a l’any vinent; la direcció de recursos humans prepara el reconeixement de les missions.',
        'A replacement budget is in next year’s budget; the human resources department is preparing the recognition of missions.',
      ),
    },
  },
  {
    text: t4(
      'Lancer la coopération décentralisée avec les associations de la diaspora avant la fin de l’année, en commençant par un projet avec Dakar.',
      'Poner en marcha la cooperación descentralizada con las asociaciones de la diáspora antes de fin de año, empezando por un proyecto con Dakar.',
      'Posar en marxa la cooperació descentralitzada amb les associacions de la diàspora abans de final d’any, començant per un projecte amb Dakar.',
      'Start the decentralised cooperation with diaspora associations before the end of the year, beginning with a project with Dakar.',
    ),
    priority: 'medium',
    actions: ['cooperation'],
    indicators: [],
  },
  {
    text: t4(
      'Concentrer l’effort sur deux partenariats de l’Agenda urbain plutôt que quatre, et le dire publiquement.',
      'Concentrar el esfuerzo en dos asociaciones de la Agenda Urbana en lugar de cuatro, y decirlo públicamente.',
      'Concentrar l’esforç en dues associacions de l’Agenda Urbana en lloc de quatre, i dir-ho públicament.',
      'Focus on two Urban Agenda partnerships rather than four, and say so publicly.',
    ),
    priority: 'low',
    actions: ['urbanAgenda'],
    indicators: ['urbanPartnerships'],
    followUp: {
      status: 'declined',
      response: t4(
        'Non retenue : les quatre partenariats répondent à des engagements pris avec les communes ; nous renforçons plutôt l’équipe.',
        'No retenida: las cuatro asociaciones responden a compromisos adquiridos con los municipios; reforzamos en cambio el equipo.',
        'No retinguda: les quatre associacions responen a compromisos adquirits amb els municipis; en canvi, reforcem l’equip.',
        'Not taken up: the four partnerships meet commitments made with the municipalities; we are strengthening the team instead.',
      ),
    },
  },
];

/**
 * One published intermediate evaluation of the demo plan, covering the plan's first period up to the
 * last quarter with measurements, its findings and recommendations linked to demo actions and
 * indicators (found by their French names), two of them with a follow-up. Skipped when the demo plan
 * already has an intermediate evaluation: a second run changes nothing.
 */
export async function seedDemoEvaluations(manager: EntityManager, now = new Date()): Promise<void> {
  const plan = await manager.getRepository(PlanEntity).findOneBy({ slug: DEMO_PLAN_SLUG });
  if (!plan || (await manager.getRepository(EvaluationEntity).existsBy({ planId: plan.id, kind: 'intermediate' }))) return;
  // One after the other: a transaction's queries share one connection.
  const actions = await manager.getRepository(PlanSectionEntity).findBy({ planId: plan.id, kind: 'action', deletedAt: IsNull() });
  const indicators = await manager.getRepository(PlanIndicatorEntity).findBy({ planId: plan.id, deletedAt: IsNull() });
  const official = await manager.getRepository(UserEntity).findOneBy({ email: 'official@demo.polyphony.test' });
  const actionId = new Map(actions.map((a) => [a.content.title.fr, a.id]));
  const indicatorId = new Map(indicators.map((i) => [i.name.fr, i.id]));
  const link = (keys: ActionKey[]) => keys.map((k) => actionId.get(ACTION[k])).filter((id): id is string => !!id);
  const linkIndicators = (keys: IndicatorKey[]) => keys.map((k) => indicatorId.get(INDICATOR[k])).filter((id): id is string => !!id);

  const today = now.toISOString().slice(0, 10);
  const periodEnd = quarterEnds(now)[7];
  const periodStart = `${plan.periodStart}-01-01` < periodEnd ? `${plan.periodStart}-01-01` : addDays(periodEnd, -730);
  const evaluatedOn = [addDays(periodEnd, 45), today].sort()[0];
  const publishedOn = [addDays(evaluatedOn, 10), today].sort()[0];
  const years =
    periodStart.slice(0, 4) === periodEnd.slice(0, 4) ? periodEnd.slice(0, 4) : `${periodStart.slice(0, 4)}–${periodEnd.slice(0, 4)}`;

  const evaluation = await manager.getRepository(EvaluationEntity).save({
    planId: plan.id,
    kind: 'intermediate' as const,
    title: t4(
      `Évaluation intermédiaire du plan (${years})`,
      `Evaluación intermedia del plan (${years})`,
      `Avaluació intermèdia del pla (${years})`,
      `Intermediate evaluation of the plan (${years})`,
    ),
    periodStart,
    periodEnd,
    evaluatedOn,
    evaluatorKind: 'external' as const,
    evaluatorName: 'Laboratoire d’évaluation des politiques publiques, Université métropolitaine',
    status: 'published' as const,
    summary: t4(
      'La stratégie **avance**, mais inégalement. L’influence dans les réseaux de villes est au rendez-vous ; les échanges techniques et la coopération décentralisée sont en retard.\n\nL’évaluation a croisé les indicateurs du plan, douze entretiens avec les services et les partenaires, et les contributions des habitants. Elle formule trois recommandations ; la métropole répond à chacune ci-dessous.',
      'La estrategia **avanza**, pero de forma desigual. La influencia en las redes de ciudades responde a lo previsto; los intercambios técnicos y la cooperación descentralizada van con retraso.\n\nLa evaluación ha cruzado los indicadores del plan, doce entrevistas con los servicios y los socios, y las contribuciones de la ciudadanía. Formula tres recomendaciones; la metrópolis responde a cada una a continuación.',
      'L’estratègia **avança**, però de manera desigual. La influència a les xarxes de ciutats respon al que s’havia previst; els intercanvis tècnics i la cooperació descentralitzada van amb retard.\n\nL’avaluació ha creuat els indicadors del pla, dotze entrevistes amb els serveis i els socis, i les contribucions de la ciutadania. Formula tres recomanacions; la metròpoli respon a cadascuna a continuació.',
      'The strategy is **moving forward**, but unevenly. Influence in city networks is on course; technical exchanges and decentralised cooperation are behind.\n\nThe evaluation cross-checked the plan’s indicators, twelve interviews with departments and partners, and residents’ contributions. It makes three recommendations; the metropolis answers each of them below.',
    ),
    // Mid-morning of that day, but never in the future (the demo may be seeded at dawn).
    publishedAt: new Date(Math.min(Date.parse(`${publishedOn}T10:00:00Z`), now.getTime())),
    revision: 1,
    createdById: official?.id ?? null,
    updatedById: official?.id ?? null,
  });
  await manager.getRepository(EvaluationFindingEntity).insert(
    FINDINGS.map((f, position) => ({
      evaluationId: evaluation.id,
      position,
      text: f.text,
      assessment: f.assessment,
      actionIds: link(f.actions),
      indicatorIds: linkIndicators(f.indicators),
    })),
  );
  await manager.getRepository(EvaluationRecommendationEntity).insert(
    RECOMMENDATIONS.map((r, position) => ({
      evaluationId: evaluation.id,
      position,
      text: r.text,
      priority: r.priority,
      actionIds: link(r.actions),
      indicatorIds: linkIndicators(r.indicators),
      followUpStatus: r.followUp?.status ?? 'open',
      followUpResponse: r.followUp?.response ?? null,
      followUpOn: r.followUp ? publishedOn : null,
      followUpById: r.followUp ? (official?.id ?? null) : null,
    })),
  );
}
