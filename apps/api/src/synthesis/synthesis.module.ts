import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { OpinionMapService } from './opinion-map.service';
import { RoomLiveSynthesisService } from './room-live-synthesis.service';
import { StatementsController } from './statements.controller';
import { StatementsService } from './statements.service';
import { SynthesisController } from './synthesis.controller';
import { SynthesisRunsService } from './synthesis-runs.service';
import { SynthesisWorkspaceService } from './synthesis-workspace.service';

@Module({
  imports: [ConsultationsModule],
  controllers: [SynthesisController, StatementsController],
  providers: [SynthesisRunsService, SynthesisWorkspaceService, RoomLiveSynthesisService, StatementsService, OpinionMapService],
  exports: [SynthesisRunsService],
})
export class SynthesisModule {}
