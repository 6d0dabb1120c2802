import { Global, Module } from '@nestjs/common';
import { TranslationController } from './translation.controller';
import { TranslationRepository } from './translation.repository';
import { TranslationService } from './translation.service';

/** Global: every feature (rooms, plan, exports) can translate through the one cached service. */
@Global()
@Module({
  controllers: [TranslationController],
  providers: [TranslationService, TranslationRepository],
  exports: [TranslationService],
})
export class TranslationModule {}
