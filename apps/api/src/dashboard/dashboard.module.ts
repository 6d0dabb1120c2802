import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({ imports: [ConsultationsModule], controllers: [DashboardController], providers: [DashboardService] })
export class DashboardModule {}
