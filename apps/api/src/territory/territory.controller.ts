import { Controller } from '@nestjs/common';
import { Route } from '../core/http/route';
import { TERRITORY_ROUTES } from '@polyphony/contracts';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Territory } from '@polyphony/contracts';
import { TerritoryService } from './territory.service';

@ApiTags('territory')
@Controller()
export class TerritoryController {
  constructor(private readonly territory: TerritoryService) {}

  @Route(TERRITORY_ROUTES.get)
  @ApiOperation({ summary: 'The territory this instance serves, with participation figures (404 settings.not_set_up before setup)' })
  get(): Promise<Territory> {
    return this.territory.publicTerritory();
  }
}
