import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createTranslator, type TranslatorConfig } from '@polyphony/translation';
import { OfficialLanguagesController } from './official-languages.controller';
import { OfficialLanguagesService } from './official-languages.service';
import { OFFICIAL_TRANSLATOR, officialTranslator, type OfficialTranslator } from './official-translator';

/** Official content in every language (issue 13, item 4); global so every feature with translatable fields can fill them. */
@Global()
@Module({
  controllers: [OfficialLanguagesController],
  providers: [
    OfficialLanguagesService,
    {
      provide: OFFICIAL_TRANSLATOR,
      useFactory: () =>
        officialTranslator(
          createTranslator({
            engine: (process.env.TRANSLATION_ENGINE as TranslatorConfig['engine'] | undefined) ?? 'auto',
            apyUrl: process.env.APERTIUM_APY_URL,
          }),
        ),
    },
  ],
  exports: [OfficialLanguagesService],
})
export class OfficialLanguagesModule implements OnApplicationShutdown {
  constructor(@Inject(OFFICIAL_TRANSLATOR) private readonly translator: OfficialTranslator) {}

  async onApplicationShutdown() {
    await this.translator.close();
  }
}
