import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Territory } from '@polyphony/contracts';
import { TerritoryService } from './territory.service';

@ApiTags('territory')
@Controller('territory')
export class TerritoryController {
  constructor(private readonly territory: TerritoryService) {}

  @Get()
  @ApiOperation({ summary: 'The territory this instance serves, with participation figures (404 settings.not_set_up before setup)' })
  get(): Promise<Territory> {
    return this.territory.publicTerritory();
  }
}
