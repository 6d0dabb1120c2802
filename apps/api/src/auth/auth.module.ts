import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionEntity } from './session.entity';
import { RateLimitHitEntity } from './rate-limit-hit.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { RateLimitService } from './rate-limit.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, RateLimitHitEntity])],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, RateLimitService],
  exports: [AuthService, SessionsService, RateLimitService],
})
export class AuthModule {}
