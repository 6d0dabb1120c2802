import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ENV, type Env } from './config/env';
import { REDIS, redisProvider } from './realtime/redis.provider';
import { SocketRevocation } from './realtime/socket-revocation';

/** Configuration and shared connections, available to every feature module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: ENV, useValue: env }, redisProvider, SocketRevocation],
      exports: [ENV, REDIS, SocketRevocation],
    };
  }
}
