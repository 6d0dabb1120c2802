import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { RealtimeGateway } from './realtime.gateway';
import { SocketLeases } from './socket-leases';

@Module({ imports: [AuthModule], providers: [RealtimeGateway, SocketLeases] })
export class RealtimeModule {}
