import type { Consultation } from '@polyphony/contracts';
import { QuestionnaireCallToAction } from '../questionnaires/QuestionnaireCallToAction';

/** The call to answer the consultation's questionnaire (apps/web/src/features/questionnaires). */
export function QuestionnaireSlot({ consultation }: { consultation: Consultation }) {
  return <QuestionnaireCallToAction consultation={consultation} />;
}
