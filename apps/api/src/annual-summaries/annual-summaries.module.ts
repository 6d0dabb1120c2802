import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { AnnualSummariesController } from './annual-summaries.controller';
import { AnnualSummariesService } from './annual-summaries.service';

/** The annual summary officials publish (issue 8, item 5): generated from the data, narrated, published, printed. */
@Module({
  imports: [PlanModule],
  controllers: [AnnualSummariesController],
  providers: [AnnualSummariesService],
  exports: [AnnualSummariesService],
})
export class AnnualSummariesModule {}
