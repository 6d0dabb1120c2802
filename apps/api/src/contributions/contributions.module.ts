import { Global, Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { ContributionsController } from './contributions.controller';
import { ContributionsReadService } from './contributions-read.service';
import { ContributionsService } from './contributions.service';

/** Global: every feature that produces input records it through ContributionsService. */
@Global()
@Module({
  imports: [ConsultationsModule],
  controllers: [ContributionsController],
  providers: [ContributionsService, ContributionsReadService],
  exports: [ContributionsService],
})
export class ContributionsModule {}
