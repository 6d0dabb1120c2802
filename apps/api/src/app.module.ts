import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import type { Env } from './core/config/env';
import { CoreModule } from './core/core.module';
import { CsrfGuard } from './core/auth/csrf.guard';
import { ErrorFilter } from './core/errors/error.filter';
import { JsonBodyMiddleware } from './core/http/json-body.middleware';
import { HealthController } from './core/observability/health.controller';
import { MetricsController } from './core/observability/metrics';
import { loggerOptions } from './core/observability/logger';
import { RealtimeModule } from './core/realtime/realtime.module';
import { AuthModule } from './auth/auth.module';
import { SessionMiddleware } from './auth/session.middleware';
import { OrganisationsModule } from './organisations/organisations.module';
import { TerritoryModule } from './territory/territory.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { PublicTextsModule } from './public-texts/public-texts.module';
import { UsersModule } from './users/users.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { ContributionsModule } from './contributions/contributions.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { InterviewsModule } from './interviews/interviews.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { RoomsModule } from './rooms/rooms.module';
import { JobsModule } from './jobs/jobs.module';
import { SynthesisModule } from './synthesis/synthesis.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ModerationModule } from './moderation/moderation.module';
import { ProposalsModule } from './proposals/proposals.module';
import { PlanModule } from './plan/plan.module';
import { AccountabilityModule } from './accountability/accountability.module';
import { AnnualSummariesModule } from './annual-summaries/annual-summaries.module';
import { AuditModule } from './audit/audit.module';
import { OfficialLanguagesModule } from './official-languages/official-languages.module';
import { TranslationModule } from './translation/translation.module';
import { InvitationsModule } from './invitations/invitations.module';
import { discoverFeatureModules } from './core/features/discovery';

@Module({})
export class AppModule implements NestModule {
  static forRoot(env: Env, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(env),
        LoggerModule.forRoot(loggerOptions(env)),
        TypeOrmModule.forRootAsync({ useFactory: () => dataSource.options, dataSourceFactory: async () => dataSource }),
        AuditModule,
        AuthModule,
        UsersModule,
        OrganisationsModule,
        TaxonomyModule,
        TerritoryModule,
        PublicTextsModule,
        RealtimeModule,
        ContributionsModule,
        ConsultationsModule,
        QuestionnairesModule,
        InterviewsModule,
        DashboardModule,
        RoomsModule,
        JobsModule,
        SynthesisModule,
        NotificationsModule,
        ModerationModule,
        ProposalsModule,
        PlanModule,
        AccountabilityModule,
        AnnualSummariesModule,
        OfficialLanguagesModule,
        TranslationModule,
        InvitationsModule,
        // Features that export FEATURE_MODULE from their <feature>.module.ts (the generator's) need no line here.
        ...discoverFeatureModules(),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_GUARD, useClass: CsrfGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(JsonBodyMiddleware, SessionMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
