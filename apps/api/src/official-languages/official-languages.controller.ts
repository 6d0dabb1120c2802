import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { translateOfficialRequestSchema, type Language, type TextFormat } from '@polyphony/contracts';
import { ZodBody } from '../core/errors/zod-validation';
import { OfficialLanguagesService } from './official-languages.service';

@ApiTags('official-languages')
@Controller('official-texts')
export class OfficialLanguagesController {
  constructor(private readonly service: OfficialLanguagesService) {}

  @Post('translations')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Machine translations of official texts missing the reader language (cached per text and language; available=false when off)',
  })
  translate(
    @ZodBody(translateOfficialRequestSchema) body: { to: Language; texts: { from: Language; text: string; format: TextFormat }[] },
  ) {
    return this.service.translate(body.to, body.texts);
  }
}
