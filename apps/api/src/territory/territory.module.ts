import { Global, Module } from '@nestjs/common';
import { SettingsController } from './settings.controller';
import { TerritoryController } from './territory.controller';
import { TerritoryService } from './territory.service';

/** Global: transcripts, PDFs and e-mails read the territory's time zone from it. */
@Global()
@Module({ controllers: [TerritoryController, SettingsController], providers: [TerritoryService], exports: [TerritoryService] })
export class TerritoryModule {}
