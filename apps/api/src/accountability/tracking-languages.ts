import type { BudgetLine, Milestone, SubAction, TranslatedText } from '@polyphony/contracts';
import type { OfficialField } from '../official-languages/official-languages.service';

/** The translatable texts of an action's tracking. */
export interface TrackingTexts {
  responsible: TranslatedText | null;
  subActions: SubAction[];
  milestones: Milestone[];
  budgetLines: BudgetLine[];
}

/** A tracking's translatable texts, keyed as their "to review" marks are (list items by position). */
export function trackingFields(t: TrackingTexts): OfficialField[] {
  return [
    ...(t.responsible ? [{ field: 'responsible', text: t.responsible }] : []),
    ...t.subActions.map((s, i) => ({ field: `subActions.${i}.title`, text: s.title })),
    ...t.milestones.map((m, i) => ({ field: `milestones.${i}.title`, text: m.title })),
    ...t.budgetLines.map((b, i) => ({ field: `budgetLines.${i}.line`, text: b.line })),
  ];
}

/** The tracking with each field's text replaced by `texts` (fields not listed are kept). */
export function withTrackingTexts<T extends TrackingTexts>(t: T, texts: Map<string, TranslatedText>): T {
  return {
    ...t,
    responsible: t.responsible ? (texts.get('responsible') ?? t.responsible) : t.responsible,
    subActions: t.subActions.map((s, i) => ({ ...s, title: texts.get(`subActions.${i}.title`) ?? s.title })),
    milestones: t.milestones.map((m, i) => ({ ...m, title: texts.get(`milestones.${i}.title`) ?? m.title })),
    budgetLines: t.budgetLines.map((b, i) => ({ ...b, line: texts.get(`budgetLines.${i}.line`) ?? b.line })),
  };
}
