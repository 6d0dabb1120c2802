import { COUNTRY_CODES, QUESTIONNAIRE_LIMITS, type AnswerValue } from '@polyphony/contracts';
import type { FieldProblem } from '../core/errors/app-error';
import type { QuestionEntity } from './question.entity';

const countries = new Set(COUNTRY_CODES);

/** An answer in the shape the answers table stores it. */
export interface StoredAnswer {
  choiceKeys: string[] | null;
  numberValue: number | null;
  textValue: string | null;
  countryValue: string | null;
}

const isBlank = (value: AnswerValue | undefined) =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);

/** Checks one answer against its question; returns the problem (path `answers.<questionId>`) or the normalised answer. */
export function checkAnswer(question: QuestionEntity, value: AnswerValue): { problem?: FieldProblem; answer?: StoredAnswer } {
  const path = `answers.${question.id}`;
  const wrongType = { problem: { path, code: 'invalid_type' as const } };
  const keys = new Set(question.options.map((o) => o.key));
  const empty: StoredAnswer = { choiceKeys: null, numberValue: null, textValue: null, countryValue: null };
  switch (question.type) {
    case 'single_choice':
      if (typeof value !== 'string') return wrongType;
      if (!keys.has(value)) return { problem: { path, code: 'invalid_option' } };
      return { answer: { ...empty, choiceKeys: [value] } };
    case 'multiple_choice': {
      if (!Array.isArray(value)) return wrongType;
      if (value.some((k) => !keys.has(k))) return { problem: { path, code: 'invalid_option' } };
      const chosen = question.options.map((o) => o.key).filter((k) => value.includes(k));
      if (chosen.length !== value.length) return { problem: { path, code: 'duplicate_key' } };
      const max = question.maxChoices ?? question.options.length;
      if (chosen.length > max) return { problem: { path, code: 'too_many_choices', params: { max } } };
      return { answer: { ...empty, choiceKeys: chosen } };
    }
    case 'ranking': {
      if (!Array.isArray(value)) return wrongType;
      if (value.some((k) => !keys.has(k))) return { problem: { path, code: 'invalid_option' } };
      if (value.length !== keys.size || new Set(value).size !== value.length) return { problem: { path, code: 'ranking_incomplete' } };
      return { answer: { ...empty, choiceKeys: [...value] } };
    }
    case 'scale': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType;
      const { min, max } = question.scale ?? { min: 1, max: 5 };
      if (value < min || value > max) return { problem: { path, code: 'out_of_range', params: { min, max } } };
      return { answer: { ...empty, numberValue: value } };
    }
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') return wrongType;
      const max = question.type === 'short_text' ? QUESTIONNAIRE_LIMITS.shortText : QUESTIONNAIRE_LIMITS.longText;
      const text = value.trim();
      if (text.length > max) return { problem: { path, code: 'too_long', params: { max } } };
      return { answer: { ...empty, textValue: text } };
    }
    case 'country': {
      if (typeof value !== 'string') return wrongType;
      const code = value.toUpperCase();
      if (!countries.has(code)) return { problem: { path, code: 'invalid_country' } };
      return { answer: { ...empty, countryValue: code } };
    }
  }
}

/**
 * Validates a whole set of answers against the questionnaire. Drafts may leave questions
 * blank; a submission must answer every required question. Unknown question ids are refused.
 */
export function validateAnswers(questions: QuestionEntity[], answers: Record<string, AnswerValue>, submit: boolean) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: FieldProblem[] = [];
  const stored = new Map<string, StoredAnswer>();
  for (const id of Object.keys(answers)) if (!byId.has(id)) problems.push({ path: `answers.${id}`, code: 'unknown_field' });
  for (const question of questions) {
    const value = answers[question.id];
    if (isBlank(value)) {
      if (submit && question.required) problems.push({ path: `answers.${question.id}`, code: 'required' });
      continue;
    }
    const checked = checkAnswer(question, value as AnswerValue);
    if (checked.problem) problems.push(checked.problem);
    else stored.set(question.id, checked.answer!);
  }
  return { problems, stored };
}

/** Back to the API shape. */
export function toAnswerValue(question: Pick<QuestionEntity, 'type'>, a: StoredAnswer): AnswerValue {
  switch (question.type) {
    case 'single_choice':
      return a.choiceKeys?.[0] ?? null;
    case 'multiple_choice':
    case 'ranking':
      return a.choiceKeys ?? [];
    case 'scale':
      return a.numberValue;
    case 'country':
      return a.countryValue;
    default:
      return a.textValue;
  }
}
