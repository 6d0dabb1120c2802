import { ContributionsService } from '../contributions/contributions.service';
import { PlanAnnotationEntity } from '../plan/review/plan-annotation.entity';
import { PlanVersionSectionEntity, type PlanVersionEntity } from '../plan/versions/plan-version.entity';
import type { DemoPlanContext } from './demo-plan-kit';

/** Annotations on the demo plan's review version: comments and an amendment, one answered. */
export async function seedDemoPlanAnnotations(
  { manager, consultationId, plan, users, official, at }: DemoPlanContext,
  review: PlanVersionEntity,
): Promise<void> {
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
