import type { QuestionType } from '@polyphony/contracts';
import type { StoredAnswer } from './answer-validation';

/** Counter rows are spread over this many shards (see QuestionnaireTallyEntity). */
export const TALLY_SHARDS = 4;
export const RESPONDENTS = '*';
export const ANSWERED = '#';
export const NO_COUNTRY = '--';

/** The counter items one answer adds: '#' (answered) plus what was chosen. */
export function tallyItems(type: QuestionType, a: StoredAnswer): string[] {
  const items = [ANSWERED];
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      items.push(...(a.choiceKeys ?? []));
      break;
    case 'ranking':
      (a.choiceKeys ?? []).forEach((key, i) => items.push(`${key}@${i + 1}`));
      break;
    case 'scale':
      if (a.numberValue !== null) items.push(String(a.numberValue));
      break;
    case 'country':
      if (a.countryValue) items.push(a.countryValue);
      break;
  }
  return items;
}

export interface TallyDelta {
  subject: string;
  item: string;
  category: string;
  country: string;
  delta: number;
}

/** A group of counters (one respondent's category and country), to add or to take away. */
export interface TallySide {
  category: string;
  country: string | null;
  answers: Map<string, { type: QuestionType; answer: StoredAnswer }>;
  respondent: boolean;
}

function add(into: Map<string, TallyDelta>, side: TallySide, sign: 1 | -1) {
  const country = side.country ?? NO_COUNTRY;
  const bump = (subject: string, item: string) => {
    const key = `${subject}\u0000${item}\u0000${side.category}\u0000${country}`;
    const row = into.get(key) ?? { subject, item, category: side.category, country, delta: 0 };
    row.delta += sign;
    into.set(key, row);
  };
  if (side.respondent) bump(RESPONDENTS, '');
  for (const [questionId, { type, answer }] of side.answers) for (const item of tallyItems(type, answer)) bump(questionId, item);
}

/**
 * The counter changes between a response's previous submitted answers and its new ones,
 * without zero rows, sorted by key: every transaction locks counters in the same order.
 */
export function tallyDiff(before: TallySide | null, after: TallySide): TallyDelta[] {
  const rows = new Map<string, TallyDelta>();
  if (before) add(rows, before, -1);
  add(rows, after, 1);
  return [...rows.entries()]
    .filter(([, r]) => r.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}

/** A response always writes to the same shard, so no shard's counter goes below zero. */
export function shardOf(responseId: string): number {
  return parseInt(responseId.slice(0, 8), 16) % TALLY_SHARDS;
}
