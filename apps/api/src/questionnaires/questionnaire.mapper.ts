import type { AnswerValue, MyResponse, Question, Questionnaire, Section } from '@polyphony/contracts';
import { checkAnswer, toAnswerValue } from './answer-validation';
import type { QuestionEntity } from './question.entity';
import type { QuestionnaireSectionEntity } from './questionnaire-section.entity';
import type { AnswerRow, ResponseRow } from './responses.repository';

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

/** The viewer's response: a submission's stored answers, or what of a draft still fits the questions. */
export function toResponse(row: ResponseRow, questions: QuestionEntity[], answers: AnswerRow[], editable: boolean): MyResponse {
  const out: Record<string, AnswerValue> = {};
  if (row.status === 'submitted') {
    const byQuestion = new Map(questions.map((q) => [q.id, q]));
    for (const a of answers) {
      const q = byQuestion.get(a.questionId);
      if (q) out[q.id] = toAnswerValue(q, a);
    }
  } else {
    // A draft may predate a structure change: keep only what still fits its question.
    for (const q of questions) {
      const value = row.draft[q.id];
      if (value !== undefined && value !== null && !checkAnswer(q, value).problem) out[q.id] = value;
    }
  }
  return {
    id: row.id,
    status: row.status,
    answers: out,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    updatedAt: new Date(row.updated_at).toISOString(),
    editable,
  };
}
