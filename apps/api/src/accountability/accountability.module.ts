import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { AccountabilityController } from './accountability.controller';
import { AccountabilityService } from './accountability.service';

/** Accountability (issue 8): action and indicator tracking, externalities, partnerships, monitoring. */
@Module({
  imports: [PlanModule],
  controllers: [AccountabilityController],
  providers: [AccountabilityService],
})
export class AccountabilityModule {}
