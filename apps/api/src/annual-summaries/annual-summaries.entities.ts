import { AnnualSummaryEntity } from './annual-summary.entity';

export const ANNUAL_SUMMARY_ENTITIES = [AnnualSummaryEntity];
