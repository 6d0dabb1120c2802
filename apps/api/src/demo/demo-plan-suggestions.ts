import type { SectionContent } from '@polyphony/contracts';
import { PlanSuggestionEntity, PlanSuggestionSourceEntity } from '../plan/suggestions/plan-suggestion.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { renderParagraphs } from '../plan/plan-content';
import { body, department, indicator, para, t4, type DemoPlanContext } from './demo-plan-kit';

/** The demo plan's suggestions from what was said (interview key points, synthesis themes): accepted, rejected, pending. */
export async function seedDemoPlanSuggestions({
  manager,
  consultationId,
  plan,
  official,
  at,
  lines,
  insert,
}: DemoPlanContext): Promise<void> {
  const sections = manager.getRepository(PlanSectionEntity);
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
        leadDepartment: department('europeanFunds'),
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
        leadDepartment: department('cooperation'),
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
}
