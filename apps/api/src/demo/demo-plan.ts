import { randomUUID } from 'node:crypto';
import { DEMO_STRATEGIC_LINES } from './demo-taxonomy';
import type { EntityManager } from 'typeorm';
import type { GeographicPriority, PlanSectionKind, SectionContent, TranslatedText } from '@polyphony/contracts';
import { ContributionsService } from '../contributions/contributions.service';
import { PlanEntity } from '../plan/plan.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { PlanIndicatorEntity } from '../plan/plan-indicator.entity';
import { PlanVersionEntity, PlanVersionSectionEntity } from '../plan/versions/plan-version.entity';
import { PlanSuggestionEntity, PlanSuggestionSourceEntity } from '../plan/suggestions/plan-suggestion.entity';
import { PlanAnnotationEntity } from '../plan/review/plan-annotation.entity';
import { readingOrder, renderParagraphs, sectionCodes, sectionHash } from '../plan/plan-content';
import { UserEntity } from '../users/user.entity';
import { demoTimeline } from './demo-timeline';

export const DEMO_PLAN_SLUG = 'plan-internationalisation-metropolitain';
const DAY = 86_400_000;

const t4 = (fr: string, es: string, ca: string, en: string): TranslatedText => ({ fr, es, ca, en });
const t2 = (fr: string, es: string): TranslatedText => ({ fr, es });
const para = (fr: string, es: string) => ({ id: randomUUID(), text: t2(fr, es) });

function body(title: TranslatedText, paragraphs: ReturnType<typeof para>[], extra: Partial<SectionContent> = {}): SectionContent {
  return {
    title,
    paragraphs,
    expectedResults: [],
    leadDepartment: null,
    partners: [],
    geographicPriorities: [],
    sdgTargets: [],
    agendas: [],
    budget: null,
    indicators: [],
    ...extra,
  };
}

const indicator = (fr: string, es: string, unit: string | null, baseline: number | null, target: number | null) => ({
  id: randomUUID(),
  kind: target === null ? ('qualitative' as const) : ('quantitative' as const),
  name: t2(fr, es),
  unit,
  baselineValue: baseline,
  // Dated in seedDemoPlan from the demo's timeline.
  baselineDate: baseline === null ? null : 'baseline',
  targetValue: target,
  targetDate: target === null ? null : 'target',
  source: 'Direction des relations internationales',
});

/** The reference case's geographic priorities (DOMAIN.md), with their intensity per zone. */
const PRIORITIES: GeographicPriority[] = [
  ...['Greater Manchester', 'Grand Lyon', 'Milan', 'Turin', 'Porto', 'Katowice GZM'].map((territory) => ({
    territory,
    region: 'europe' as const,
    intensity: 'priority' as const,
  })),
  ...['Amsterdam', 'Rotterdam', 'La Haye', 'Grand Paris'].map((territory) => ({
    territory,
    region: 'europe' as const,
    intensity: 'intensify' as const,
  })),
  ...['Tunis', 'Aix-Marseille-Provence', 'Rome', 'Tanger-Tétouan', 'Sfax'].map((territory) => ({
    territory,
    region: 'mediterranean' as const,
    intensity: 'priority' as const,
  })),
  ...['Naples', 'Alger', 'Thessalonique'].map((territory) => ({
    territory,
    region: 'mediterranean' as const,
    intensity: 'encourage' as const,
  })),
  ...['San Salvador', 'Vallée d’Aburrá', 'Montevideo', 'Mexico', 'Guadalajara', 'Bogotá', 'Santiago du Chili'].map((territory) => ({
    territory,
    region: 'latin_america' as const,
    intensity: 'priority' as const,
  })),
  ...['Séoul', 'Canton', 'Montréal'].map((territory) => ({
    territory,
    region: territory === 'Montréal' ? ('north_america' as const) : ('asia' as const),
    intensity: 'intensify' as const,
  })),
  ...['Gauteng', 'Maputo', 'Dakar'].map((territory) => ({ territory, region: 'africa' as const, intensity: 'priority' as const })),
];

interface Draft {
  kind: PlanSectionKind;
  content: SectionContent;
  actions?: SectionContent[];
}

/** The plan as it stood in version 1 (before the interviews' suggestions were taken in). */
function structure(): Draft[] {
  return [
    {
      kind: 'text',
      content: body(t4('Pourquoi ce plan', 'Por qué este plan', 'Per què aquest pla', 'Why this plan'), [
        para(
          'L’action internationale de la métropole est une **politique publique** : elle doit améliorer la vie des habitants, se fixer des objectifs mesurables et rendre compte de ses résultats.',
          'La acción internacional de la metrópolis es una **política pública**: debe mejorar la vida de la ciudadanía, fijarse objetivos medibles y rendir cuentas de sus resultados.',
        ),
        para(
          'Huit défis la guident : les politiques durables (transport, logement, énergie, eau, déchets), l’innovation et la transition numérique, la projection économique, la cohésion sociale et territoriale, la transformation du modèle productif, l’influence sur les agendas européens et internationaux, les financements internationaux et la gestion des connaissances.',
          'Ocho retos la guían: las políticas sostenibles (transporte, vivienda, energía, agua, residuos), la innovación y la transición digital, la proyección económica, la cohesión social y territorial, la transformación del modelo productivo, la influencia en las agendas europeas e internacionales, la financiación internacional y la gestión del conocimiento.',
        ),
      ]),
    },
    {
      kind: 'general_objective',
      content: body(
        t4(
          'Faire de la métropole un acteur international utile à ses habitants',
          'Hacer de la metrópolis un actor internacional útil a su ciudadanía',
          'Fer de la metròpoli un actor internacional útil a la ciutadania',
          'Make the metropolis an international actor useful to its residents',
        ),
        [
          para(
            'Positionner la métropole dans le monde pour répondre aux défis du territoire, avec les communes, les institutions et les habitants.',
            'Posicionar la metrópolis en el mundo para responder a los retos del territorio, con los municipios, las instituciones y la ciudadanía.',
          ),
        ],
      ),
    },
    {
      kind: 'specific_objective',
      content: body(
        t4(
          'Influencer les agendas européens et internationaux',
          'Influir en las agendas europeas e internacionales',
          'Influir en les agendes europees i internacionals',
          'Influence European and international agendas',
        ),
        [
          para(
            'Faire entendre la voix des métropoles là où se décident les politiques urbaines.',
            'Hacer oír la voz de las metrópolis donde se deciden las políticas urbanas.',
          ),
        ],
      ),
    },
    {
      kind: 'specific_objective',
      content: body(
        t4(
          'Transformer le modèle productif et renforcer la cohésion',
          'Transformar el modelo productivo y reforzar la cohesión',
          'Transformar el model productiu i reforçar la cohesió',
          'Transform the productive model and strengthen cohesion',
        ),
        [
          para(
            'Mettre les partenariats internationaux au service de l’emploi, de la transition écologique et de l’équilibre entre communes.',
            'Poner las alianzas internacionales al servicio del empleo, la transición ecológica y el equilibrio entre municipios.',
          ),
        ],
      ),
    },
    {
      kind: 'specific_objective',
      content: body(
        t4(
          'Une administration innovante, ouverte et fondée sur des valeurs',
          'Una administración innovadora, abierta y basada en valores',
          'Una administració innovadora, oberta i basada en valors',
          'An innovative, open, values-based administration',
        ),
        [
          para(
            'Projeter une administration centrée sur la connaissance, qui apprend des autres gouvernements et partage ce qu’elle sait.',
            'Proyectar una administración centrada en el conocimiento, que aprende de otros gobiernos y comparte lo que sabe.',
          ),
        ],
      ),
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Agenda politique de l’UE et système des Nations unies',
          'Agenda política de la UE y sistema de Naciones Unidas',
          'Agenda política de la UE i sistema de Nacions Unides',
          'EU political agenda and the UN system',
        ),
        [
          para(
            'Peser sur les décisions européennes et onusiennes par les réseaux de villes.',
            'Influir en las decisiones europeas y de Naciones Unidas a través de las redes de ciudades.',
          ),
        ],
      ),
      actions: [
        body(
          t4(
            'Présider un groupe de travail de Metropolis',
            'Presidir un grupo de trabajo de Metropolis',
            'Presidir un grup de treball de Metropolis',
            'Chair a Metropolis working group',
          ),
          [
            para(
              'Porter la voix des métropoles sur la gouvernance métropolitaine.',
              'Llevar la voz de las metrópolis sobre la gobernanza metropolitana.',
            ),
          ],
          {
            expectedResults: [
              para('Deux prises de position adoptées par le réseau chaque année.', 'Dos posicionamientos adoptados por la red cada año.'),
            ],
            leadDepartment: {
              fr: 'Direction des relations internationales',
              es: 'Dirección de Relaciones Internacionales',
              ca: 'Direcció de Relacions Internacionals',
              en: 'International Relations Department',
            },
            partners: [
              { kind: 'network', name: 'Metropolis', organisationId: null },
              { kind: 'network', name: 'CGLU', organisationId: null },
            ],
            sdgTargets: ['11.3', '17.16'],
            agendas: ['new_urban_agenda'],
            indicators: [indicator('Prises de position adoptées', 'Posicionamientos adoptados', 'documents', 0, 10)],
          },
        ),
        body(
          t4(
            'Une place pour les métropoles dans l’Agenda urbain de l’UE',
            'Un lugar para las metrópolis en la Agenda Urbana de la UE',
            'Un lloc per a les metròpolis a l’Agenda Urbana de la UE',
            'A seat for metropolises in the Urban Agenda for the EU',
          ),
          [
            para(
              'Participer aux partenariats du Pacte d’Amsterdam avec Eurocities.',
              'Participar en las asociaciones del Pacto de Ámsterdam con Eurocities.',
            ),
          ],
          {
            leadDepartment: {
              fr: 'Direction des relations internationales',
              es: 'Dirección de Relaciones Internacionales',
              ca: 'Direcció de Relacions Internacionals',
              en: 'International Relations Department',
            },
            partners: [
              { kind: 'network', name: 'Eurocities', organisationId: null },
              { kind: 'network', name: 'EMA', organisationId: null },
            ],
            agendas: ['leipzig_charter', 'european_green_deal'],
            indicators: [
              indicator('Partenariats de l’Agenda urbain suivis', 'Asociaciones de la Agenda Urbana seguidas', 'partnerships', 1, 4),
            ],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Fonds européens et internationaux',
          'Fondos europeos e internacionales',
          'Fons europeus i internacionals',
          'European and international funds',
        ),
        [
          para(
            'Attirer des financements au service des projets du territoire.',
            'Atraer financiación al servicio de los proyectos del territorio.',
          ),
        ],
      ),
      actions: [
        body(
          t4(
            'Un portefeuille de projets pour Next Generation EU',
            'Una cartera de proyectos para Next Generation EU',
            'Una cartera de projectes per a Next Generation EU',
            'A project portfolio for Next Generation EU',
          ),
          [
            para(
              'Préparer avec les communes un portefeuille commun de projets transformateurs.',
              'Preparar con los municipios una cartera común de proyectos transformadores.',
            ),
          ],
          {
            leadDepartment: {
              fr: 'Service des fonds européens',
              es: 'Servicio de Fondos Europeos',
              ca: 'Servei de Fons Europeus',
              en: 'European Funds Office',
            },
            partners: [{ kind: 'municipality', name: 'Communes membres', organisationId: null }],
            sdgTargets: ['17.3'],
            budget: {
              line: {
                fr: 'Assistance technique aux projets européens',
                es: 'Asistencia técnica a proyectos europeos',
                ca: 'Assistència tècnica a projectes europeus',
                en: 'Technical assistance for European projects',
              },
              amount: 450000,
              currency: 'EUR',
            },
            indicators: [indicator('Fonds européens obtenus', 'Fondos europeos obtenidos', 'm_eur', 12, 60)],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Innovation et gestion des connaissances',
          'Innovación y gestión del conocimiento',
          'Innovació i gestió del coneixement',
          'Innovation and knowledge management',
        ),
        [
          para(
            'Apprendre des autres gouvernements et partager nos savoir-faire.',
            'Aprender de otros gobiernos y compartir nuestro saber hacer.',
          ),
        ],
      ),
      actions: [
        body(
          t4(
            'Échanges techniques dans les deux sens',
            'Intercambios técnicos en los dos sentidos',
            'Intercanvis tècnics en els dos sentits',
            'Two-way technical exchanges',
          ),
          [
            para(
              'Accueillir et envoyer des agents pour des missions d’apprentissage.',
              'Acoger y enviar personal en misiones de aprendizaje.',
            ),
          ],
          {
            leadDepartment: {
              fr: 'Direction des ressources humaines',
              es: 'Dirección de Recursos Humanos',
              ca: 'Direcció de Recursos Humans',
              en: 'Human Resources Department',
            },
            geographicPriorities: [
              { territory: 'Greater Manchester', region: 'europe', intensity: 'priority' },
              { territory: 'Montréal', region: 'north_america', intensity: 'intensify' },
            ],
            sdgTargets: ['17.9'],
            indicators: [
              indicator('Agents en mission d’échange', 'Personal en misión de intercambio', 'people', 4, 40),
              indicator(
                'Améliorations de service issues des échanges',
                'Mejoras de servicio surgidas de los intercambios',
                null,
                null,
                null,
              ),
            ],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Projection économique internationale',
          'Proyección económica internacional',
          'Projecció econòmica internacional',
          'International economic projection',
        ),
        [para('Sous la conduite de l’agence de développement économique.', 'Bajo la dirección de la agencia de desarrollo económico.')],
      ),
      actions: [
        body(
          t4('Missions économiques conjointes', 'Misiones económicas conjuntas', 'Missions econòmiques conjuntes', 'Joint trade missions'),
          [
            para(
              'Organiser avec la chambre de commerce des missions vers les territoires prioritaires.',
              'Organizar con la cámara de comercio misiones hacia los territorios prioritarios.',
            ),
          ],
          {
            leadDepartment: {
              fr: 'Agence de développement économique',
              es: 'Agencia de Desarrollo Económico',
              ca: 'Agència de Desenvolupament Econòmic',
              en: 'Economic Development Agency',
            },
            partners: [{ kind: 'organisation', name: 'Chambre de commerce', organisationId: null }],
            geographicPriorities: [
              { territory: 'Séoul', region: 'asia', intensity: 'intensify' },
              { territory: 'Guadalajara', region: 'latin_america', intensity: 'priority' },
            ],
            sdgTargets: ['8.3', '9.b'],
            indicators: [indicator('Entreprises accompagnées', 'Empresas acompañadas', 'companies', 30, 150)],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4('Coopération internationale', 'Cooperación internacional', 'Cooperació internacional', 'International cooperation'),
        [para('Mettre en œuvre le plan directeur de coopération.', 'Aplicar el plan director de cooperación.')],
      ),
      actions: [
        body(
          t4(
            'Coopération décentralisée avec Gauteng, Maputo et Dakar',
            'Cooperación descentralizada con Gauteng, Maputo y Dakar',
            'Cooperació descentralitzada amb Gauteng, Maputo i Dakar',
            'Decentralised cooperation with Gauteng, Maputo and Dakar',
          ),
          [
            para(
              'Des projets de services urbains menés avec les diasporas du territoire.',
              'Proyectos de servicios urbanos llevados a cabo con las diásporas del territorio.',
            ),
          ],
          {
            leadDepartment: {
              fr: 'Service de coopération',
              es: 'Servicio de Cooperación',
              ca: 'Servei de Cooperació',
              en: 'Cooperation Office',
            },
            geographicPriorities: [
              { territory: 'Gauteng', region: 'africa', intensity: 'priority' },
              { territory: 'Maputo', region: 'africa', intensity: 'priority' },
              { territory: 'Dakar', region: 'africa', intensity: 'priority' },
            ],
            sdgTargets: ['6.b', '11.6', '17.17'],
            budget: {
              line: {
                fr: 'Coopération au développement (0,7 %)',
                es: 'Cooperación al desarrollo (0,7 %)',
                ca: 'Cooperació al desenvolupament (0,7 %)',
                en: 'Development cooperation (0.7%)',
              },
              amount: 1200000,
              currency: 'EUR',
            },
            indicators: [indicator('Projets de coopération actifs', 'Proyectos de cooperación activos', 'projects', 5, 12)],
          },
        ),
      ],
    },
    {
      kind: 'text',
      content: body(
        t4('Priorités géographiques', 'Prioridades geográficas', 'Prioritats geogràfiques', 'Geographic priorities'),
        [
          para(
            'L’intensité varie selon les zones : l’Europe porte les cinq axes ; la Méditerranée et l’Amérique latine sont prioritaires ; l’Asie et l’Amérique du Nord sont à intensifier ; l’Afrique est le terrain de la coopération décentralisée.',
            'La intensidad varía según las zonas: Europa acoge los cinco ejes; el Mediterráneo y América Latina son prioritarios; Asia y América del Norte se intensifican; África es el terreno de la cooperación descentralizada.',
          ),
        ],
        { geographicPriorities: PRIORITIES },
      ),
    },
    {
      kind: 'text',
      content: body(
        t4('Alignement sur les agendas', 'Alineación con las agendas', 'Alineament amb les agendes', 'Agenda alignment'),
        [
          para(
            'Le plan s’aligne sur l’Agenda 2030 et les ODD, le Nouvel Agenda urbain, l’Accord de Paris, le Pacte vert pour l’Europe, la Charte de Leipzig et les droits humains.',
            'El plan se alinea con la Agenda 2030 y los ODS, la Nueva Agenda Urbana, el Acuerdo de París, el Pacto Verde Europeo, la Carta de Leipzig y los derechos humanos.',
          ),
        ],
        {
          sdgTargets: ['11.3', '11.6', '11.a', '13.2', '17.16', '17.17'],
          agendas: ['new_urban_agenda', 'paris_agreement', 'european_green_deal', 'leipzig_charter'],
        },
      ),
    },
  ];
}

/**
 * The demo plan, modelled on the reference case: one general objective, three specific objectives,
 * five strategic lines with their actions, geographic priorities and agenda alignment; three
 * versions (the third open for public review, with annotations and an answer), and suggestions
 * from the demo consultation's key points and synthesis themes, some accepted with provenance.
 * Keyed on the plan's slug: a second run changes nothing.
 */
export async function seedDemoPlan(manager: EntityManager, consultationId: string, now = new Date()): Promise<void> {
  if (await manager.getRepository(PlanEntity).existsBy({ slug: DEMO_PLAN_SLUG })) return;
  const users = new Map((await manager.getRepository(UserEntity).find()).filter((u) => u.email).map((u) => [u.email!.split('@')[0], u]));
  const official = users.get('official') ?? null;
  const at = (days: number) => new Date(now.getTime() + days * DAY);

  const story = demoTimeline(now);
  const plan = await manager.getRepository(PlanEntity).save({
    slug: DEMO_PLAN_SLUG,
    title: t4(
      `Plan d’internationalisation métropolitain ${story.period}`,
      `Plan de internacionalización metropolitano ${story.period}`,
      `Pla d’internacionalització metropolità ${story.period}`,
      `Metropolitan internationalisation plan ${story.period}`,
    ),
    periodStart: story.planStart,
    periodEnd: story.planEnd,
    languages: ['fr', 'es', 'ca', 'en'],
    consultationId,
    status: 'draft',
    createdById: official?.id ?? null,
  });
  const sections = manager.getRepository(PlanSectionEntity);
  const insert = async (kind: PlanSectionKind, undated: SectionContent, position: number, parentId: string | null = null) => {
    const content = {
      ...undated,
      indicators: undated.indicators.map((i) => ({
        ...i,
        baselineDate: i.baselineDate && story.baselineDate,
        targetDate: i.targetDate && story.targetDate,
      })),
    };
    const row = await sections.save({
      planId: plan.id,
      kind,
      parentId,
      position,
      content,
      html: renderParagraphs(content),
      revision: 1,
      updatedById: official?.id ?? null,
    });
    if (content.indicators.length)
      await manager
        .getRepository(PlanIndicatorEntity)
        .insert(content.indicators.map((i, p) => ({ ...i, planId: plan.id, actionId: row.id, position: p })));
    return row;
  };
  const lines: PlanSectionEntity[] = [];
  let position = 0;
  for (const d of structure()) {
    // Each line section points at its entry of the taxonomy (seeded before the plan).
    const content = d.kind === 'strategic_line' ? { ...d.content, strategicLine: DEMO_STRATEGIC_LINES[lines.length][0] } : d.content;
    const row = await insert(d.kind, content, position++);
    if (d.kind === 'strategic_line') lines.push(row);
    for (const [i, a] of (d.actions ?? []).entries()) await insert('action', a, i, row.id);
  }

  const snapshot = async (name: TranslatedText, note: string, days: number, review: 'none' | 'open' | 'closed') => {
    const [{ n }] = await manager.query(`SELECT coalesce(max(number), 0) + 1 AS n FROM plan_versions WHERE plan_id = $1`, [plan.id]);
    const version = await manager.getRepository(PlanVersionEntity).save({
      planId: plan.id,
      number: Number(n),
      name,
      note,
      review,
      header: { title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd, languages: plan.languages },
      createdById: official?.id ?? null,
      createdAt: at(days),
    });
    const rows = await sections.find({ where: { planId: plan.id } });
    const live = rows.filter((r) => !r.deletedAt);
    const codes = sectionCodes(live);
    await manager.getRepository(PlanVersionSectionEntity).insert(
      readingOrder(live).map((s) => ({
        versionId: version.id,
        sectionId: s.id,
        kind: s.kind,
        parentId: s.parentId,
        position: s.position,
        code: codes.get(s.id) ?? '',
        content: s.content,
        html: s.html,
        hash: sectionHash({ ...s, code: codes.get(s.id) ?? '' }),
      })),
    );
    return version;
  };
  await snapshot(
    { fr: 'Premier jet', es: 'Primer borrador', ca: 'Primer esborrany', en: 'First draft' },
    'Structure issue du diagnostic.',
    -30,
    'none',
  );

  // Suggestions from what was said: interview key points matched by subject, and the synthesis's themes.
  const keyPoints = async (pattern: string, limit: number): Promise<{ id: string; text: string }[]> =>
    manager.query(
      `SELECT id, text FROM contributions WHERE consultation_id = $1 AND source = 'interview_key_point' AND text ~* $2 ORDER BY created_at, id LIMIT $3`,
      [consultationId, pattern, limit],
    );
  const suggest = async (input: {
    kind: PlanSuggestionEntity['kind'];
    sourceKind: PlanSuggestionEntity['sourceKind'];
    sourceRef: string;
    sourceLabel: string;
    target: PlanSectionEntity;
    paragraphId?: string | null;
    content: SectionContent;
    contributionIds: string[];
    days: number;
  }) => {
    const s = await manager.getRepository(PlanSuggestionEntity).save({
      planId: plan.id,
      kind: input.kind,
      sourceKind: input.sourceKind,
      sourceRef: input.sourceRef,
      sourceLabel: input.sourceLabel.slice(0, 300),
      targetSectionId: input.target.id,
      targetParagraphId: input.paragraphId ?? null,
      content: input.content,
      createdById: official?.id ?? null,
      createdAt: at(input.days),
    });
    if (input.contributionIds.length)
      await manager
        .getRepository(PlanSuggestionSourceEntity)
        .insert(input.contributionIds.map((contributionId) => ({ suggestionId: s.id, contributionId })));
    return s;
  };
  const accept = async (s: PlanSuggestionEntity, sectionId: string, paragraphKey: string, contributionIds: string[], days: number) => {
    await manager
      .getRepository(PlanSuggestionEntity)
      .update({ id: s.id }, { status: 'accepted', resultSectionId: sectionId, decidedById: official?.id ?? null, decidedAt: at(days) });
    for (const contributionId of contributionIds) {
      await manager.query(
        `INSERT INTO plan_provenance (plan_id, section_id, paragraph_key, contribution_id, suggestion_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [plan.id, sectionId, paragraphKey, contributionId, s.id, at(days)],
      );
    }
  };

  // 2.2: a support office for municipalities' European bids (from key points on European funds).
  const funds = await keyPoints('fons europeus|fondos europeos|fonds européens|european funds|Next Generation', 6);
  if (funds.length) {
    const content = body(
      t4(
        'Un bureau d’appui aux communes pour les appels européens',
        'Una oficina de apoyo a los municipios para las convocatorias europeas',
        'Una oficina de suport als municipis per a les convocatòries europees',
        'A support office for municipalities’ European bids',
      ),
      [
        para(
          'Aider les petites communes à monter et gérer leurs candidatures, et porter un portefeuille commun.',
          'Ayudar a los municipios pequeños a preparar y gestionar sus candidaturas, y llevar una cartera común.',
        ),
      ],
      {
        leadDepartment: {
          fr: 'Service des fonds européens',
          es: 'Servicio de Fondos Europeos',
          ca: 'Servei de Fons Europeus',
          en: 'European Funds Office',
        },
        partners: [{ kind: 'municipality', name: 'Communes de moins de 20 000 habitants', organisationId: null }],
        sdgTargets: ['17.3', '11.a'],
        indicators: [
          indicator(
            'Candidatures déposées par les petites communes',
            'Candidaturas presentadas por municipios pequeños',
            'applications',
            3,
            25,
          ),
        ],
      },
    );
    const s = await suggest({
      kind: 'new_action',
      sourceKind: 'interview_key_point',
      sourceRef: funds[0].id,
      sourceLabel: funds[0].text,
      target: lines[1],
      content,
      contributionIds: funds.map((f) => f.id),
      days: -22,
    });
    const action = await insert('action', content, 1, lines[1].id);
    await accept(
      s,
      action.id,
      '',
      funds.map((f) => f.id),
      -20,
    );
  }

  // Line 5: an added paragraph on pooling cooperation across councils (paragraph-level provenance).
  const pooling = await keyPoints('Maputo|Dakar|diàspora|diaspora|diáspora', 4);
  if (pooling.length) {
    const added = para(
      'La coopération est mutualisée entre plusieurs communes et associe les associations de la diaspora.',
      'La cooperación se mutualiza entre varios municipios y asocia a las asociaciones de la diáspora.',
    );
    const s = await suggest({
      kind: 'addition',
      sourceKind: 'interview_key_point',
      sourceRef: pooling[0].id,
      sourceLabel: pooling[0].text,
      target: lines[4],
      content: body({}, [added]),
      contributionIds: pooling.map((p) => p.id),
      days: -21,
    });
    const next = { ...lines[4].content, paragraphs: [...lines[4].content.paragraphs, added] };
    await sections.update({ id: lines[4].id }, { content: next, html: renderParagraphs(next), revision: 2 });
    lines[4].content = next;
    await accept(
      s,
      lines[4].id,
      added.id,
      pooling.map((p) => p.id),
      -20,
    );
  }

  // 5.2: water and waste with Mediterranean partners, from a synthesis theme when the demo run has one.
  const [theme] = await manager.query(
    `SELECT t.id, t.label FROM synthesis_themes t JOIN synthesis_runs r ON r.id = t.run_id WHERE r.consultation_id = $1 AND r.room_id IS NULL AND r.status = 'succeeded' ORDER BY r.created_at DESC, t.size DESC LIMIT 1`,
    [consultationId],
  );
  const water = await keyPoints('agua|aigua|eau|water|residu|déchets|Mediterr', 5);
  const themeMembers: string[] = theme
    ? (await manager.query(`SELECT contribution_id FROM synthesis_theme_members WHERE theme_id = $1`, [theme.id])).map(
        (r: any) => r.contribution_id,
      )
    : [];
  const waterSources = theme ? themeMembers : water.map((w) => w.id);
  if (waterSources.length) {
    const content = body(
      t4(
        'L’eau et les déchets avec nos partenaires méditerranéens',
        'El agua y los residuos con nuestros socios mediterráneos',
        'L’aigua i els residus amb els nostres socis mediterranis',
        'Water and waste with our Mediterranean partners',
      ),
      [
        para(
          'Partager l’expérience métropolitaine de gestion de l’eau et des déchets avec Tunis et Sfax, dans le cadre de MedCities.',
          'Compartir la experiencia metropolitana de gestión del agua y los residuos con Túnez y Sfax, en el marco de MedCities.',
        ),
      ],
      {
        leadDepartment: {
          fr: 'Service de coopération',
          es: 'Servicio de Cooperación',
          ca: 'Servei de Cooperació',
          en: 'Cooperation Office',
        },
        partners: [{ kind: 'network', name: 'MedCities', organisationId: null }],
        geographicPriorities: [
          { territory: 'Tunis', region: 'mediterranean', intensity: 'priority' },
          { territory: 'Sfax', region: 'mediterranean', intensity: 'priority' },
        ],
        sdgTargets: ['6.3', '11.6', '17.17'],
        indicators: [indicator('Échanges techniques réalisés', 'Intercambios técnicos realizados', 'missions', 0, 12)],
      },
    );
    const s = await suggest({
      kind: 'new_action',
      sourceKind: theme ? 'theme' : 'interview_key_point',
      sourceRef: theme?.id ?? water[0].id,
      sourceLabel: theme?.label ?? water[0].text,
      target: lines[4],
      content,
      contributionIds: waterSources,
      days: -21,
    });
    const action = await insert('action', content, 1, lines[4].id);
    await accept(s, action.id, '', waterSources, -19);
  }

  // One not retained, with its reason; a few pending.
  const pending = await manager.query(
    `SELECT c.id, c.text FROM contributions c WHERE c.consultation_id = $1 AND c.source = 'interview_key_point' AND NOT EXISTS (SELECT 1 FROM plan_suggestion_sources s WHERE s.contribution_id = c.id) ORDER BY c.created_at DESC, c.id LIMIT 4`,
    [consultationId],
  );
  for (const [i, c] of (pending as { id: string; text: string }[]).entries()) {
    const target = lines[i % lines.length];
    const s = await suggest({
      kind: 'addition',
      sourceKind: 'interview_key_point',
      sourceRef: c.id,
      sourceLabel: c.text,
      target,
      content: body({}, [para(c.text, c.text)]),
      contributionIds: [c.id],
      days: -5 + i,
    });
    if (i === 0) {
      await manager.getRepository(PlanSuggestionEntity).update(
        { id: s.id },
        {
          status: 'rejected',
          reason: 'Déjà couvert par l’action 1.2 ; nous le gardons pour le suivi annuel.',
          decidedById: official?.id ?? null,
          decidedAt: at(-4),
        },
      );
    }
  }

  await snapshot(
    { fr: 'Après les entretiens', es: 'Tras las entrevistas', ca: 'Després de les entrevistes', en: 'After the interviews' },
    'Intègre les suggestions issues des entretiens et de la synthèse.',
    -14,
    'none',
  );
  const review = await snapshot(
    t4(
      'Version soumise à la consultation publique',
      'Versión sometida a consulta pública',
      'Versió sotmesa a consulta pública',
      'Version open for public consultation',
    ),
    'Ouverte aux commentaires et amendements jusqu’à la fin du mois.',
    -7,
    'open',
  );
  await manager.getRepository(PlanEntity).update({ id: plan.id }, { status: 'public_review' });

  // Annotations on the review version: comments and an amendment, one answered.
  const reviewSections = await manager.getRepository(PlanVersionSectionEntity).find({ where: { versionId: review.id } });
  const byCode = new Map(reviewSections.map((s) => [s.code, s]));
  const contributions = new ContributionsService();
  const annotate = async (
    who: string,
    code: string,
    kind: 'comment' | 'amendment',
    quote: string,
    bodyText: string,
    proposedText: string | null,
    days: number,
  ) => {
    const author = users.get(who);
    const section = byCode.get(code);
    if (!author || !section?.content.paragraphs[0]) return null;
    const paragraph = section.content.paragraphs[0];
    const start = (paragraph.text.fr ?? '').indexOf(quote);
    const saved = await manager.getRepository(PlanAnnotationEntity).save({
      planId: plan.id,
      versionId: review.id,
      sectionId: section.sectionId,
      paragraphId: paragraph.id,
      language: 'fr',
      kind,
      quote: start >= 0 ? quote : '',
      quoteStart: start >= 0 ? start : null,
      body: bodyText,
      proposedText,
      authorId: author.id,
      authorCategory: author.category,
      createdAt: at(days),
    });
    await contributions.record(manager, {
      source: 'plan_annotation',
      sourceRef: saved.id,
      consultationId,
      text: [bodyText, proposedText].filter(Boolean).join('\n\n'),
      category: author.category,
      country: author.country,
      authorUserId: author.id,
      createdAt: at(days),
    });
    return saved;
  };
  const first = await annotate(
    'resident',
    '5.1',
    'comment',
    'avec les diasporas du territoire',
    'Comment les associations de quartier pourront-elles rejoindre ces projets ?',
    null,
    -6,
  );
  await annotate(
    'diaspora',
    '5.1',
    'amendment',
    'projets de services urbains',
    'Préciser que les projets sont co-décidés avec les partenaires.',
    'Des projets de services urbains co-décidés avec les partenaires et menés avec les diasporas du territoire.',
    -5,
  );
  await annotate(
    'academia',
    '3.1',
    'comment',
    'missions d’apprentissage',
    'Les universités peuvent accueillir une partie de ces missions et en évaluer les effets.',
    null,
    -4,
  );
  if (first && official) {
    await manager.getRepository(PlanAnnotationEntity).update(
      { id: first.id },
      {
        status: 'accepted',
        answer: 'Oui : un appel annuel ouvert aux associations sera ajouté à l’action 5.1 dans la prochaine version.',
        answeredById: official.id,
        answeredAt: at(-3),
      },
    );
  }
}
