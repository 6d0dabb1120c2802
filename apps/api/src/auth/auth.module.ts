import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { RateLimitService } from './rate-limit.service';
import { AccountTokensService } from './account-tokens.service';
import { AccountsService } from './accounts.service';
import { AccountSettingsService } from './account-settings.service';
import { AccountsAdminController, AccountsController } from './accounts.controller';
import { VerifiedGuard } from './verified.guard';
import { ConsentGuard } from './consent.guard';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

@Module({
  controllers: [AuthController, AccountsController, AccountsAdminController, OidcController],
  providers: [
    AuthService,
    SessionsService,
    RateLimitService,
    AccountTokensService,
    AccountsService,
    AccountSettingsService,
    OidcService,
    { provide: APP_GUARD, useClass: VerifiedGuard },
    { provide: APP_GUARD, useClass: ConsentGuard },
  ],
  exports: [AuthService, SessionsService, RateLimitService, AccountTokensService, AccountsService, AccountSettingsService],
})
export class AuthModule {}
