import type { Question, QuestionType, Questionnaire, SaveQuestionnaireRequest, ScaleSettings, TranslatedText } from '@polyphony/contracts';

export interface DraftQuestion {
  uid: string;
  id?: string;
  type: QuestionType;
  prompt: TranslatedText;
  help: TranslatedText;
  required: boolean;
  options: { key: string; label: TranslatedText }[];
  maxChoices: number | null;
  scale: ScaleSettings | null;
  answered: number;
}

export interface DraftSection {
  uid: string;
  id?: string;
  title: TranslatedText;
  description: TranslatedText;
  questions: DraftQuestion[];
}

let counter = 0;
export const uid = () => `u${Date.now().toString(36)}${(++counter).toString(36)}`;
export const optionKey = () => `o${Math.random().toString(36).slice(2, 8)}`;

export function newQuestion(type: QuestionType): DraftQuestion {
  const choice = type === 'single_choice' || type === 'multiple_choice' || type === 'ranking';
  return {
    uid: uid(),
    type,
    prompt: {},
    help: {},
    required: false,
    options: choice
      ? [
          { key: optionKey(), label: {} },
          { key: optionKey(), label: {} },
        ]
      : [],
    maxChoices: null,
    scale: type === 'scale' ? { min: 1, max: 5, minLabel: {}, maxLabel: {} } : null,
    answered: 0,
  };
}

export const newSection = (): DraftSection => ({ uid: uid(), title: {}, description: {}, questions: [newQuestion('single_choice')] });

/** Changing a question's type keeps its texts and adapts options and scale. */
export function retype(q: DraftQuestion, type: QuestionType): DraftQuestion {
  const fresh = newQuestion(type);
  return {
    ...q,
    type,
    options: fresh.options.length ? (q.options.length >= 2 ? q.options : fresh.options) : [],
    scale: type === 'scale' ? (q.scale ?? fresh.scale) : null,
    maxChoices: type === 'multiple_choice' ? q.maxChoices : null,
  };
}

export function fromQuestionnaire(q: Questionnaire | null): DraftSection[] {
  if (!q) return [newSection()];
  return q.sections.map((s) => ({
    uid: uid(),
    id: s.id,
    title: s.title,
    description: s.description,
    questions: s.questions.map((x: Question) => ({ ...x, uid: uid(), options: x.options.map((o) => ({ ...o })) })),
  }));
}

const clean = (text: TranslatedText) => Object.fromEntries(Object.entries(text).filter(([, v]) => v?.trim()));

export function toRequest(sections: DraftSection[], version: number | null): SaveQuestionnaireRequest {
  return {
    version,
    sections: sections.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      title: s.title,
      description: clean(s.description),
      questions: s.questions.map((q) => ({
        ...(q.id ? { id: q.id } : {}),
        type: q.type,
        prompt: q.prompt,
        help: clean(q.help),
        required: q.required,
        options: q.options,
        maxChoices: q.type === 'multiple_choice' ? q.maxChoices : null,
        scale: q.scale ? { ...q.scale, minLabel: clean(q.scale.minLabel), maxLabel: clean(q.scale.maxLabel) } : null,
      })),
    })),
  };
}

/** The builder's state as the answer form renders it (preview). */
export function toPreview(sections: DraftSection[]): Pick<Questionnaire, 'sections'> {
  return {
    sections: sections.map((s) => ({
      id: s.uid,
      title: s.title,
      description: s.description,
      questions: s.questions.map((q) => ({
        id: q.uid,
        type: q.type,
        prompt: q.prompt,
        help: q.help,
        required: q.required,
        options: q.options,
        maxChoices: q.maxChoices,
        scale: q.scale,
        answered: q.answered,
      })),
    })),
  };
}

export function move<T>(list: T[], i: number, by: number): T[] {
  const next = [...list];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}
