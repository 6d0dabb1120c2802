import { Module } from '@nestjs/common';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';
import { ResponsesService } from './responses.service';
import { ResultsService } from './results.service';
import { ExportsService } from './exports.service';

@Module({ controllers: [QuestionnairesController], providers: [QuestionnairesService, ResponsesService, ResultsService, ExportsService] })
export class QuestionnairesModule {}
