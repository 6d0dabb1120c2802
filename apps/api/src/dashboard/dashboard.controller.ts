import { Controller, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { DASHBOARD_ROUTES } from '@polyphony/contracts';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import type { UserEntity } from '../users/user.entity';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Route(DASHBOARD_ROUTES.overall)
  @SignedIn()
  @ApiOperation({ summary: 'Stakeholder balance across every consultation (officials)' })
  overall(@CurrentUser() user: UserEntity) {
    return this.dashboard.overall(user);
  }

  @Route(DASHBOARD_ROUTES.forConsultation)
  @SignedIn()
  @ApiOperation({
    summary:
      "A consultation's stakeholder balance: per category against quotas, per country, diaspora, weekly (officials and facilitators)",
  })
  forConsultation(@CurrentUser() user: UserEntity, @Param('id') id: string) {
    return this.dashboard.forConsultation(id, user);
  }

  @Route(DASHBOARD_ROUTES.publicBalance)
  @ApiOperation({ summary: 'The public stakeholder balance: aggregates only, cells of fewer than 5 people hidden' })
  publicBalance(@Param('id') id: string, @CurrentUser() user?: UserEntity) {
    return this.dashboard.publicBalance(id, user);
  }
}
