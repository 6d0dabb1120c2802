import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ReviewMark, SectionContent } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import type { PlanEntity } from '../plan.entity';
import type { PlanSectionEntity } from '../plan-section.entity';
import { PlanRepository } from '../plan.repository';
import type { PlanService } from '../plan.service';
import type { PlanSuggestionEntity } from './plan-suggestion.entity';

interface Placement {
  plan: PlanEntity;
  suggestion: PlanSuggestionEntity;
  /** What goes in, already filled in every plan language. */
  content: SectionContent;
  /** "To review" marks of the machine-filled texts, keyed on `content`'s fields. */
  marks: ReviewMark[];
  /** new_action: the strategic line; addition: the section (the official may choose another than the suggested one). */
  targetSectionId: string;
  /** new_action: place among the line's actions; addition: place among the paragraphs; undefined: last. */
  position: number | undefined;
  actorId: string;
  check: (target: PlanSectionEntity) => void;
}

/** Writes an accepted suggestion into the working draft, in the caller's transaction. */
export async function placeSuggestion(
  manager: EntityManager,
  plans: PlanService,
  p: Placement,
): Promise<{ sectionId: string; paragraphKey: string }> {
  const { plan, suggestion, content } = p;
  if (suggestion.kind === 'new_action') {
    const repo = new PlanRepository(manager);
    const line = await repo.strategicLine(plan.id, p.targetSectionId);
    if (!line) throw AppError.validation([{ path: 'targetSectionId', code: 'invalid' }]);
    const n = await repo.nextActionPosition(plan.id, line.id);
    const position = p.position === undefined ? n : Math.min(p.position, n);
    // Make room: the line's actions at or after the chosen place move down by one.
    await repo.makeRoomAmongActions(plan.id, line.id, position);
    const section = await plans.insertSection(
      manager,
      plan.id,
      { kind: 'action', parentId: line.id, position, content },
      p.actorId,
      p.marks,
    );
    return { sectionId: section.id, paragraphKey: '' };
  }

  // An amendment rewrites the paragraph it was written for; an addition may go to another section.
  const targetId = suggestion.kind === 'addition' ? p.targetSectionId : suggestion.targetSectionId;
  const target = await plans.lockSection(manager, plan.id, targetId);
  p.check(target);
  const incoming = content.paragraphs[0];
  const next: SectionContent = structuredClone(target.content);
  let field: string;
  let paragraphKey: string;
  if (suggestion.kind === 'addition') {
    const taken = new Set([...next.paragraphs, ...next.expectedResults].map((x) => x.id));
    paragraphKey = taken.has(incoming.id) ? randomUUID() : incoming.id;
    const at = p.position === undefined ? next.paragraphs.length : Math.min(p.position, next.paragraphs.length);
    next.paragraphs.splice(at, 0, { id: paragraphKey, text: incoming.text });
    field = `paragraphs.${paragraphKey}`;
  } else {
    paragraphKey = suggestion.targetParagraphId!;
    const inResults = next.expectedResults.some((x) => x.id === paragraphKey);
    for (const list of [next.paragraphs, next.expectedResults]) for (const x of list) if (x.id === paragraphKey) x.text = incoming.text;
    field = `${inResults ? 'expectedResults' : 'paragraphs'}.${paragraphKey}`;
  }
  // The incoming paragraph's marks follow it to where it landed.
  const marks = p.marks.filter((m) => m.field === `paragraphs.${incoming.id}`).map((m) => ({ ...m, field }));
  await plans.writeSection(manager, target, next, p.actorId, [...(target.content.review ?? []), ...marks]);
  return { sectionId: target.id, paragraphKey };
}
