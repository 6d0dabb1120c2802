import { Module } from '@nestjs/common';
import { TerritoryController } from './territory.controller';

@Module({ controllers: [TerritoryController] })
export class TerritoryModule {}
