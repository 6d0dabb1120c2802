import { QuestionnaireEntity } from './questionnaire.entity';
import { QuestionnaireSectionEntity } from './questionnaire-section.entity';
import { QuestionEntity } from './question.entity';
import { QuestionnaireResponseEntity } from './questionnaire-response.entity';
import { QuestionnaireAnswerEntity } from './questionnaire-answer.entity';
import { QuestionnaireTallyEntity } from './questionnaire-tally.entity';

export const QUESTIONNAIRE_ENTITIES = [
  QuestionnaireEntity,
  QuestionnaireSectionEntity,
  QuestionEntity,
  QuestionnaireResponseEntity,
  QuestionnaireAnswerEntity,
  QuestionnaireTallyEntity,
];
