import { Global, Module } from '@nestjs/common';
import { OfficialLanguagesService } from './official-languages.service';

/** Official content in every language (issue 13, item 4); global so every feature with translatable fields can fill them. */
@Global()
@Module({
  providers: [OfficialLanguagesService],
  exports: [OfficialLanguagesService],
})
export class OfficialLanguagesModule {}
