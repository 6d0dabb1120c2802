import { Global, Module } from '@nestjs/common';
import { OfficialLanguagesController } from './official-languages.controller';
import { OfficialLanguagesService } from './official-languages.service';
import { OFFICIAL_TRANSLATOR, type OfficialTranslator } from './official-translator';

const off: OfficialTranslator = { available: () => false, translateMany: async (texts) => texts.map(() => null) };

/** Official content in every language (issue 13, item 4); global so every feature with translatable fields can fill them. */
@Global()
@Module({
  controllers: [OfficialLanguagesController],
  providers: [OfficialLanguagesService, { provide: OFFICIAL_TRANSLATOR, useValue: off }],
  exports: [OfficialLanguagesService],
})
export class OfficialLanguagesModule {}
