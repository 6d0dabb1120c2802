import { Controller, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  networkRequestSchema,
  partnerRequestSchema,
  recordExternalityRequestSchema,
  recordMeasurementRequestSchema,
  updateActionTrackingRequestSchema,
  type ActionTrackingInput,
  type MeasurementInput,
  type ExternalityInput,
  type PartnerInput,
  type NetworkInput,
  ACCOUNTABILITY_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { ZodBody } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { AccountabilityService } from './accountability.service';
import { UuidParam } from '../core/http/params';

@ApiTags('accountability')
@Controller()
export class AccountabilityController {
  constructor(private readonly accountability: AccountabilityService) {}

  @Route(ACCOUNTABILITY_ROUTES.monitoring)
  @ApiOperation({
    summary: 'Monitoring of a visible plan: progress per strategic line, actions, indicators with computed status, externalities',
  })
  monitoring(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity) {
    return this.accountability.monitoring(idOrSlug, viewer);
  }

  @Route(ACCOUNTABILITY_ROUTES.updateAction)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Set an action’s tracking: status, progress, responsible, sub-actions, milestones, budget lines' })
  updateAction(
    @CurrentUser() actor: UserEntity,
    @Param('actionId', UuidParam) actionId: string,
    @ZodBody(updateActionTrackingRequestSchema) body: ActionTrackingInput,
  ) {
    return this.accountability.updateAction(actor, actionId, body);
  }

  @Route(ACCOUNTABILITY_ROUTES.measure)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Record a measurement (quantitative) or an assessment (qualitative)' })
  measure(
    @CurrentUser() actor: UserEntity,
    @Param('indicatorId', UuidParam) indicatorId: string,
    @ZodBody(recordMeasurementRequestSchema) body: MeasurementInput,
  ) {
    return this.accountability.recordMeasurement(actor, indicatorId, body);
  }

  @Route(ACCOUNTABILITY_ROUTES.externality)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Record a negative externality' })
  externality(
    @CurrentUser() actor: UserEntity,
    @Param('planId', UuidParam) planId: string,
    @ZodBody(recordExternalityRequestSchema) body: ExternalityInput,
  ) {
    return this.accountability.recordExternality(actor, planId, body);
  }

  @Route(ACCOUNTABILITY_ROUTES.partnerships)
  @ApiOperation({ summary: 'Partner territories, network memberships and counts per world region (public)' })
  partnerships(@CurrentUser() viewer?: UserEntity) {
    return this.accountability.partnerships(viewer);
  }

  @Route(ACCOUNTABILITY_ROUTES.savePartner)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Create or update a partner territory (keyed on its slug)' })
  savePartner(@CurrentUser() actor: UserEntity, @ZodBody(partnerRequestSchema) body: PartnerInput) {
    return this.accountability.savePartner(actor, body);
  }

  @Route(ACCOUNTABILITY_ROUTES.saveNetwork)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Create or update a network membership (keyed on its slug)' })
  saveNetwork(@CurrentUser() actor: UserEntity, @ZodBody(networkRequestSchema) body: NetworkInput) {
    return this.accountability.saveNetwork(actor, body);
  }
}
