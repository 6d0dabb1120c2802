import { Module } from '@nestjs/common';
import { PublicTextsController } from './public-texts.controller';
import { PublicTextsService } from './public-texts.service';

@Module({ controllers: [PublicTextsController], providers: [PublicTextsService], exports: [PublicTextsService] })
export class PublicTextsModule {}
