import type { Question, Questionnaire, Section } from '@polyphony/contracts';
import type { QuestionEntity } from './question.entity';
import type { QuestionnaireSectionEntity } from './questionnaire-section.entity';

export function toQuestion(q: QuestionEntity, answered: number): Question {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    help: q.help,
    required: q.required,
    options: q.options,
    maxChoices: q.maxChoices,
    scale: q.scale ? { min: q.scale.min, max: q.scale.max, minLabel: q.scale.minLabel ?? {}, maxLabel: q.scale.maxLabel ?? {} } : null,
    answered,
  };
}

export function toSections(sections: QuestionnaireSectionEntity[], questions: QuestionEntity[], answered: Map<string, number>): Section[] {
  return [...sections]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      questions: questions
        .filter((q) => q.sectionId === s.id)
        .sort((a, b) => a.position - b.position)
        .map((q) => toQuestion(q, answered.get(q.id) ?? 0)),
    }));
}

export type QuestionnaireView = Questionnaire;
