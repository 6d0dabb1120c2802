import { sectionTextFields, trackTextRevisions, type ReviewMark, type SectionContent, type TranslatedText } from '@polyphony/contracts';
import type { OfficialField } from '../../official-languages/official-languages.service';
import { carryReviewMarks, withoutReviewMark } from '../../official-languages/review-marks';

/** A section's translatable texts, keyed as their "to review" marks are. */
export function sectionFields(content: SectionContent): OfficialField[] {
  return sectionTextFields(content);
}

/** The content with each field's text replaced by `texts` (fields not listed are kept). */
export function withFieldTexts(content: SectionContent, texts: Map<string, TranslatedText>): SectionContent {
  const pick = (field: string, text: TranslatedText) => texts.get(field) ?? text;
  return {
    ...content,
    title: pick('title', content.title),
    paragraphs: content.paragraphs.map((p) => ({ ...p, text: pick(`paragraphs.${p.id}`, p.text) })),
    expectedResults: content.expectedResults.map((p) => ({ ...p, text: pick(`expectedResults.${p.id}`, p.text) })),
    indicators: content.indicators.map((i) => ({ ...i, name: pick(`indicators.${i.id}.name`, i.name) })),
    leadDepartment: content.leadDepartment ? pick('leadDepartment', content.leadDepartment) : content.leadDepartment,
    budget: content.budget ? { ...content.budget, line: pick('budget.line', content.budget.line) } : content.budget,
  };
}

/**
 * The marks a save keeps: only marks the server set before (a client cannot mark a text as machine
 * made), and only while their text is unchanged (an official's edit is a review). A mark the client
 * leaves out is an approval. `added` are the marks the server sets now (a fill).
 */
export function carryMarks(previous: SectionContent | null, next: SectionContent, added: ReviewMark[] = []): ReviewMark[] {
  return carryReviewMarks(
    previous ? { fields: sectionFields(previous), review: previous.review ?? [] } : null,
    { fields: sectionFields(next), review: next.review ?? [] },
    added,
  );
}

/** Without the mark of one field and language (an official approved the machine's text as it is). */
export function withoutMark(content: SectionContent, field: string, language: string): SectionContent | null {
  const kept = withoutReviewMark(content.review ?? [], field, language);
  return kept ? { ...content, review: kept } : null;
}

/**
 * `next` with the marks the server keeps: its "to review" marks (carryMarks) and, per field and
 * language, the revision its text last changed at (which languages are behind), for a write at `revision`.
 */
export function withMarks(
  previous: SectionContent | null,
  next: SectionContent,
  revision: number,
  added: ReviewMark[] = [],
): SectionContent {
  return { ...next, review: carryMarks(previous, next, added), changed: trackTextRevisions(previous, next, revision, added) };
}
