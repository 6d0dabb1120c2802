import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createOrganisationRequestSchema,
  joinRequestSchema,
  membershipDecisionSchema,
  organisationListQuerySchema,
  updateOrganisationRequestSchema,
  type JoinRequest,
  type UpdateOrganisationRequest,
  ORGANISATIONS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { OrganisationsService } from './organisations.service';
import { UuidParam } from '../core/http/params';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Route(ORGANISATIONS_ROUTES.list)
  @ApiOperation({ summary: 'Organisations of the territory and beyond (search, filters, keyset pages)' })
  list(@ZodQuery(organisationListQuerySchema) query: Parsed<typeof organisationListQuerySchema>, @CurrentUser() viewer?: UserEntity) {
    return this.organisations.list(query, viewer);
  }

  @Route(ORGANISATIONS_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Create an organisation (its creator becomes its admin)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createOrganisationRequestSchema) body: Parsed<typeof createOrganisationRequestSchema>) {
    return this.organisations.create(actor, body);
  }

  @Route(ORGANISATIONS_ROUTES.get)
  @ApiOperation({ summary: 'One organisation, with the viewer’s membership' })
  get(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.organisations.get(idOrSlug, viewer);
  }

  @Route(ORGANISATIONS_ROUTES.update)
  @SignedIn()
  @ApiOperation({ summary: 'Edit (organisation admins, platform admins)' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateOrganisationRequestSchema) body: UpdateOrganisationRequest,
  ) {
    return this.organisations.update(actor, id, body);
  }

  @Route(ORGANISATIONS_ROUTES.join)
  @SignedIn()
  @ApiOperation({ summary: 'Ask to join' })
  join(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(joinRequestSchema) body: JoinRequest) {
    return this.organisations.requestToJoin(actor, id, body.message);
  }

  @Route(ORGANISATIONS_ROUTES.members)
  @ApiOperation({ summary: 'Active members; organisation admins also see pending requests' })
  async members(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return { items: await this.organisations.listMembers(id, viewer) };
  }

  @Route(ORGANISATIONS_ROUTES.decide)
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Accept or refuse a join request (organisation admins)' })
  decide(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('userId', UuidParam) userId: string,
    @ZodBody(membershipDecisionSchema) body: Parsed<typeof membershipDecisionSchema>,
  ) {
    return this.organisations.decide(actor, id, userId, body);
  }

  @Route(ORGANISATIONS_ROUTES.remove)
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Leave, or remove a member (organisation admins)' })
  async remove(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @Param('userId', UuidParam) userId: string) {
    await this.organisations.removeMember(actor, id, userId);
  }
}
