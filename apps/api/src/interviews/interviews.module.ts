import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { ConsultationInterviewsController, InterviewsController } from './interviews.controller';
import { InterviewsService } from './interviews.service';

@Module({
  imports: [ConsultationsModule],
  controllers: [ConsultationInterviewsController, InterviewsController],
  providers: [InterviewsService],
})
export class InterviewsModule {}
