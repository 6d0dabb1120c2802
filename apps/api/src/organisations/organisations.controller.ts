import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createOrganisationRequestSchema,
  joinRequestSchema,
  membershipDecisionSchema,
  organisationListQuerySchema,
  updateOrganisationRequestSchema,
  type JoinRequest,
  type UpdateOrganisationRequest,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { OrganisationsService } from './organisations.service';
import { UuidParam } from '../core/http/params';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations of the territory and beyond (search, filters, keyset pages)' })
  list(@ZodQuery(organisationListQuerySchema) query: Parsed<typeof organisationListQuerySchema>, @CurrentUser() viewer?: UserEntity) {
    return this.organisations.list(query, viewer);
  }

  @Post()
  @SignedIn()
  @ApiOperation({ summary: 'Create an organisation (its creator becomes its admin)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createOrganisationRequestSchema) body: Parsed<typeof createOrganisationRequestSchema>) {
    return this.organisations.create(actor, body);
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'One organisation, with the viewer’s membership' })
  get(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.organisations.get(idOrSlug, viewer);
  }

  @Patch(':id')
  @SignedIn()
  @ApiOperation({ summary: 'Edit (organisation admins, platform admins)' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateOrganisationRequestSchema) body: UpdateOrganisationRequest,
  ) {
    return this.organisations.update(actor, id, body);
  }

  @Post(':id/join')
  @SignedIn()
  @ApiOperation({ summary: 'Ask to join' })
  join(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(joinRequestSchema) body: JoinRequest) {
    return this.organisations.requestToJoin(actor, id, body.message);
  }

  @Get(':id/members')
  @ApiOperation({ summary: 'Active members; organisation admins also see pending requests' })
  async members(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return { items: await this.organisations.listMembers(id, viewer) };
  }

  @Post(':id/members/:userId/decision')
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

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Leave, or remove a member (organisation admins)' })
  async remove(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @Param('userId', UuidParam) userId: string) {
    await this.organisations.removeMember(actor, id, userId);
  }
}
