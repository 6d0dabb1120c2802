import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProposalsController } from './proposals.controller';
import { ProposalCommentsController } from './proposal-comments.controller';
import { ProposalsExportService } from './proposals-export.service';
import { ProposalsService } from './proposals.service';
import { ProposalCoauthorsService } from './proposal-coauthors.service';
import { ProposalSupportsService } from './proposal-supports.service';
import { ProposalCommentsService } from './proposal-comments.service';
import { ProposalAnswersService } from './proposal-answers.service';
import { ProposalVersionsService } from './proposal-versions.service';
import { ProposalsModeration } from './proposals.moderation';

@Module({
  imports: [AuthModule, ConsultationsModule, OrganisationsModule],
  controllers: [ProposalsController, ProposalCommentsController],
  providers: [
    ProposalsService,
    ProposalsExportService,
    ProposalCoauthorsService,
    ProposalSupportsService,
    ProposalCommentsService,
    ProposalAnswersService,
    ProposalVersionsService,
    ProposalsModeration,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
