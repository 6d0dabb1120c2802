import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationCaseEntity } from './moderation-case.entity';
import { ModerationReportEntity } from './moderation-report.entity';

export const MODERATION_ENTITIES = [ModerationReportEntity, ModerationCaseEntity, ModerationActionEntity];
