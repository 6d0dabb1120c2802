import { InterviewGuideQuestionEntity } from './interview-guide-question.entity';
import { InterviewEntity } from './interview.entity';
import { InterviewInviteeEntity } from './interview-invitee.entity';
import { InterviewKeyPointEntity } from './interview-key-point.entity';

export const INTERVIEW_ENTITIES = [InterviewGuideQuestionEntity, InterviewEntity, InterviewInviteeEntity, InterviewKeyPointEntity];
