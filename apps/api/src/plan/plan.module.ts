import { Module } from '@nestjs/common';
import { PlanController } from './plan.controller';
import { PlanGateway } from './plan.gateway';
import { PlanService } from './plan.service';
import { PlanVersionsController } from './versions/plan-versions.controller';
import { PlanVersionsService } from './versions/plan-versions.service';
import { PlanSuggestionsController } from './suggestions/plan-suggestions.controller';
import { PlanSuggestionsService } from './suggestions/plan-suggestions.service';
import { PlanSourcesService } from './suggestions/plan-sources.service';
import { PlanReviewController } from './review/plan-review.controller';
import { PlanReviewService } from './review/plan-review.service';
import { PlanExportsController } from './exports/plan-exports.controller';
import { PlanExportsService } from './exports/plan-exports.service';
import { PlanFatesController } from './fates/plan-fates.controller';
import { PlanFatesService } from './fates/plan-fates.service';
import { PlanLanguagesController } from './languages/plan-languages.controller';
import { PlanLanguagesService } from './languages/plan-languages.service';

/** The plan draft (issue 7). Exports PlanService for accountability (issue 8) to read actions and indicators. */
@Module({
  controllers: [
    PlanController,
    PlanVersionsController,
    PlanSuggestionsController,
    PlanReviewController,
    PlanExportsController,
    PlanFatesController,
    PlanLanguagesController,
  ],
  providers: [
    PlanService,
    PlanGateway,
    PlanVersionsService,
    PlanSuggestionsService,
    PlanSourcesService,
    PlanReviewService,
    PlanExportsService,
    PlanFatesService,
    PlanLanguagesService,
  ],
  exports: [PlanService],
})
export class PlanModule {}
