import { z } from 'zod';
import { csvSeparatorSchema, languageSchema } from '../common/languages';
import { stakeholderCategorySchema } from '../common/stakeholders';
import { countryCodeSchema } from '../common/countries';
import { pageQuerySchema } from '../common/pagination';

/** Question types a questionnaire offers. */
export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'scale', 'ranking', 'short_text', 'long_text', 'country'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'ranking'];
export const TEXT_TYPES: readonly QuestionType[] = ['short_text', 'long_text'];

export const RESPONSE_STATUSES = ['draft', 'submitted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Limits shared by the builder, the answer form and the server. */
export const QUESTIONNAIRE_LIMITS = {
  sections: 30,
  questions: 150,
  options: 30,
  rankingOptions: 12,
  shortText: 300,
  longText: 5000,
} as const;

const tText = (max: number) => z.partialRecord(languageSchema, z.string().trim().max(max));
const optionKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'invalid' });

export const questionOptionSchema = z.object({ key: optionKeySchema, label: tText(300) }).strict();
export type QuestionOption = z.infer<typeof questionOptionSchema>;

export const scaleSettingsSchema = z
  .object({
    min: z.number().int().min(0).max(1),
    max: z.number().int().min(2).max(10),
    minLabel: tText(100).default({}),
    maxLabel: tText(100).default({}),
  })
  .strict();
export type ScaleSettings = z.infer<typeof scaleSettingsSchema>;

export const questionInputSchema = z
  .object({
    /** Present for a question that already exists; new questions have none. */
    id: z.uuid().optional(),
    type: z.enum(QUESTION_TYPES),
    prompt: tText(1000),
    help: tText(2000).default({}),
    required: z.boolean().default(false),
    options: z.array(questionOptionSchema).max(QUESTIONNAIRE_LIMITS.options).default([]),
    maxChoices: z.number().int().min(1).max(QUESTIONNAIRE_LIMITS.options).nullish(),
    scale: scaleSettingsSchema.nullish(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const choice = CHOICE_TYPES.includes(q.type);
    if (choice && q.options.length < 2) ctx.addIssue({ code: 'custom', message: 'too_few_options', path: ['options'] });
    if (!choice && q.options.length) ctx.addIssue({ code: 'custom', message: 'invalid', path: ['options'] });
    if (q.type === 'ranking' && q.options.length > QUESTIONNAIRE_LIMITS.rankingOptions)
      ctx.addIssue({ code: 'custom', message: 'invalid', path: ['options'] });
    const keys = q.options.map((o) => o.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', message: 'duplicate_key', path: ['options', i, 'key'] });
    });
    if (q.type === 'scale' && !q.scale) ctx.addIssue({ code: 'custom', message: 'required', path: ['scale'] });
    if (q.type !== 'scale' && q.scale) ctx.addIssue({ code: 'custom', message: 'invalid', path: ['scale'] });
    if (q.maxChoices != null && (q.type !== 'multiple_choice' || q.maxChoices > q.options.length)) {
      ctx.addIssue({ code: 'custom', message: 'invalid', path: ['maxChoices'] });
    }
  });
export type QuestionInput = z.input<typeof questionInputSchema>;

export const sectionInputSchema = z
  .object({
    id: z.uuid().optional(),
    title: tText(300),
    description: tText(4000).default({}),
    questions: z.array(questionInputSchema).max(QUESTIONNAIRE_LIMITS.questions),
  })
  .strict();
export type SectionInput = z.input<typeof sectionInputSchema>;

/** The whole structure, saved at once; `version` guards against two officials overwriting each other. */
export const saveQuestionnaireRequestSchema = z
  .object({
    version: z.number().int().min(0).nullish(),
    sections: z.array(sectionInputSchema).min(1).max(QUESTIONNAIRE_LIMITS.sections),
  })
  .strict()
  .superRefine((value, ctx) => {
    const total = value.sections.reduce((n, s) => n + s.questions.length, 0);
    if (total > QUESTIONNAIRE_LIMITS.questions) ctx.addIssue({ code: 'custom', message: 'invalid', path: ['sections'] });
    const ids = value.sections.flatMap((s) => s.questions.map((q) => q.id).filter(Boolean));
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate_key', path: ['sections'] });
  });
export type SaveQuestionnaireRequest = z.input<typeof saveQuestionnaireRequestSchema>;

export const questionSchema = z.object({
  id: z.uuid(),
  type: z.enum(QUESTION_TYPES),
  prompt: tText(1000),
  help: tText(2000),
  required: z.boolean(),
  options: z.array(questionOptionSchema),
  maxChoices: z.number().nullable(),
  scale: scaleSettingsSchema.nullable(),
  /** Number of submitted answers: answered questions cannot be deleted nor change type (officials only; 0 for others). */
  answered: z.number(),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({ id: z.uuid(), title: tText(300), description: tText(4000), questions: z.array(questionSchema) });
export type Section = z.infer<typeof sectionSchema>;

export const questionnaireSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid(),
  languages: z.array(languageSchema),
  version: z.number(),
  sections: z.array(sectionSchema),
  /** Answers are accepted: the consultation is published and its consultation phase has not ended. */
  open: z.boolean(),
  respondents: z.number(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), answer: z.boolean(), seeResults: z.boolean() }),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** One answer: an option key (single choice), keys (multiple choice, ranking in order), a number (scale), text, a country code; null = no answer. */
export const answerValueSchema = z.union([
  z.string().max(QUESTIONNAIRE_LIMITS.longText),
  z.array(z.string().max(64)).max(QUESTIONNAIRE_LIMITS.options),
  z.number(),
  z.null(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const saveResponseRequestSchema = z
  .object({
    answers: z.record(z.uuid(), answerValueSchema),
    /** false: save a draft (may be incomplete); true: submit (or update a submitted response). */
    submit: z.boolean(),
  })
  .strict();
export type SaveResponseRequest = z.infer<typeof saveResponseRequestSchema>;

export const myResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(RESPONSE_STATUSES),
  answers: z.record(z.string(), answerValueSchema),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** The consultation still accepts changes. */
  editable: z.boolean(),
});
export type MyResponse = z.infer<typeof myResponseSchema>;

export const resultsQuerySchema = z
  .object({ category: stakeholderCategorySchema.optional(), country: countryCodeSchema.optional() })
  .strict();
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;

export const questionResultSchema = z.object({
  questionId: z.uuid(),
  type: z.enum(QUESTION_TYPES),
  /** Respondents who answered this question. */
  answered: z.number(),
  /** Choice counts (single, multiple), in the question's option order. */
  options: z.array(z.object({ key: z.string(), count: z.number() })).optional(),
  scale: z.object({ distribution: z.array(z.object({ value: z.number(), count: z.number() })), mean: z.number().nullable() }).optional(),
  /** Per option: mean position (1 = first), Borda points (n-1 for first ... 0 for last), times ranked first. */
  ranking: z.array(z.object({ key: z.string(), meanPosition: z.number().nullable(), borda: z.number(), first: z.number() })).optional(),
  countries: z.array(z.object({ country: z.string(), count: z.number() })).optional(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const questionnaireResultsSchema = z.object({
  respondents: z.number(),
  filters: resultsQuerySchema,
  byCategory: z.array(z.object({ category: stakeholderCategorySchema, count: z.number() })),
  byCountry: z.array(z.object({ country: z.string(), count: z.number() })),
  questions: z.array(questionResultSchema),
});
export type QuestionnaireResults = z.infer<typeof questionnaireResultsSchema>;

export const textAnswersQuerySchema = pageQuerySchema
  .extend({ questionId: z.uuid().optional(), category: stakeholderCategorySchema.optional(), country: countryCodeSchema.optional() })
  .strict();
export type TextAnswersQuery = z.input<typeof textAnswersQuerySchema>;

export const textAnswerSchema = z.object({
  id: z.uuid(),
  questionId: z.uuid(),
  text: z.string(),
  /** Detected language of the answer ('und' when unknown): readers of another get a marked machine translation. */
  language: z.string(),
  category: stakeholderCategorySchema,
  country: z.string().nullable(),
  answeredAt: z.string(),
});
export type TextAnswer = z.infer<typeof textAnswerSchema>;

/** `separator`: the CSV's field separator (default: what spreadsheets expect in `lang`, csvSeparatorFor). */
export const questionnaireExportQuerySchema = z
  .object({ lang: languageSchema.optional(), separator: csvSeparatorSchema.optional() })
  .strict();
export type QuestionnaireExportQuery = z.infer<typeof questionnaireExportQuerySchema>;
