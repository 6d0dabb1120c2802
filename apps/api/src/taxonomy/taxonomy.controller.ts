import { Controller, HttpCode, Param, Req } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createTaxonomyEntryRequestSchema,
  updateTaxonomyEntryRequestSchema,
  type CreateTaxonomyEntryRequest,
  type UpdateTaxonomyEntryRequest,
  TAXONOMY_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { AppError } from '../core/errors/app-error';
import { ZodBody } from '../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../core/http/request-context';
import type { UserEntity } from '../users/user.entity';
import { TaxonomyPolicy } from './taxonomy.policy';
import { TaxonomyService } from './taxonomy.service';
import { UuidParam } from '../core/http/params';

@ApiTags('taxonomy')
@Controller()
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Route(TAXONOMY_ROUTES.all)
  @ApiOperation({ summary: "The territory's strategic lines, regions, agendas and indicator units, in order (public)" })
  all() {
    return this.taxonomy.all();
  }

  @Route(TAXONOMY_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Add an entry (admins)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createTaxonomyEntryRequestSchema) body: CreateTaxonomyEntryRequest) {
    if (!TaxonomyPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.taxonomy.create(body);
  }

  @Route(TAXONOMY_ROUTES.update)
  @SignedIn()
  @ApiOperation({ summary: 'Rename or move an entry (admins); its key never changes' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateTaxonomyEntryRequestSchema) body: UpdateTaxonomyEntryRequest,
  ) {
    if (!TaxonomyPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.taxonomy.update(id, body);
  }

  @Route(TAXONOMY_ROUTES.remove)
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an entry nothing uses (admins); 409 taxonomy.in_use otherwise' })
  async remove(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @Req() req: AuthedRequest) {
    if (!TaxonomyPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.taxonomy.remove(id, requestLanguage(req));
  }
}
