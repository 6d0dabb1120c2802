import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { AccountabilityController } from './accountability.controller';
import { AccountabilityService } from './accountability.service';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { MonitoringCache } from './monitoring-cache';
import { TrackingLanguagesController } from './tracking-languages.controller';
import { TrackingLanguagesService } from './tracking-languages.service';

/** Accountability (issue 8): action and indicator tracking, externalities, partnerships, evaluations, monitoring. */
@Module({
  imports: [PlanModule],
  controllers: [AccountabilityController, EvaluationsController, TrackingLanguagesController],
  providers: [AccountabilityService, EvaluationsService, MonitoringCache, TrackingLanguagesService],
  exports: [AccountabilityService, EvaluationsService],
})
export class AccountabilityModule {}
