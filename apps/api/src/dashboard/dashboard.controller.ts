import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import type { UserEntity } from '../users/user.entity';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('dashboard')
  @SignedIn()
  @ApiOperation({ summary: 'Stakeholder balance across every consultation (officials)' })
  overall(@CurrentUser() user: UserEntity) {
    return this.dashboard.overall(user);
  }

  @Get('consultations/:id/dashboard')
  @SignedIn()
  @ApiOperation({
    summary:
      "A consultation's stakeholder balance: per category against quotas, per country, diaspora, weekly (officials and facilitators)",
  })
  forConsultation(@CurrentUser() user: UserEntity, @Param('id') id: string) {
    return this.dashboard.forConsultation(id, user);
  }

  @Get('consultations/:id/balance')
  @ApiOperation({ summary: 'The public stakeholder balance: aggregates only, cells of fewer than 5 people hidden' })
  publicBalance(@Param('id') id: string, @CurrentUser() user?: UserEntity) {
    return this.dashboard.publicBalance(id, user);
  }
}
