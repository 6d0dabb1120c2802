import { DEMO_STRATEGIC_LINES } from './demo-taxonomy';
import type { EntityManager } from 'typeorm';
import type { PlanSectionKind, SectionContent, TranslatedText } from '@polyphony/contracts';
import { PlanEntity } from '../plan/plan.entity';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { PlanIndicatorEntity } from '../plan/plan-indicator.entity';
import { PlanVersionEntity, PlanVersionSectionEntity } from '../plan/versions/plan-version.entity';
import { readingOrder, renderParagraphs, sectionCodes, sectionHash } from '../plan/plan-content';
import { UserEntity } from '../users/user.entity';
import { demoTimeline } from './demo-timeline';
import { DAY, t4, type DemoPlanContext } from './demo-plan-kit';
import { demoPlanStructure } from './demo-plan-structure';
import { seedDemoPlanSuggestions } from './demo-plan-suggestions';
import { seedDemoPlanAnnotations } from './demo-plan-annotations';

export const DEMO_PLAN_SLUG = 'plan-internationalisation-metropolitain';

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
  for (const d of demoPlanStructure()) {
    // Each line section points at its entry of the taxonomy (seeded before the plan).
    const content = d.kind === 'strategic_line' ? { ...d.content, strategicLine: DEMO_STRATEGIC_LINES[lines.length][0] } : d.content;
    const row = await insert(d.kind, content, position++);
    if (d.kind === 'strategic_line') lines.push(row);
    for (const [i, a] of (d.actions ?? []).entries()) await insert('action', a, i, row.id);
  }

  const ctx: DemoPlanContext = { manager, consultationId, plan, users, official, at, lines, insert };

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

  await seedDemoPlanSuggestions(ctx);

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

  await seedDemoPlanAnnotations(ctx, review);
}
