import type { Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { ENV, type Env } from '../config/env';

export const REDIS = Symbol('REDIS');

/** One shared Redis connection when REDIS_URL is set, null otherwise. */
export const redisProvider: Provider = {
  provide: REDIS,
  inject: [ENV],
  useFactory: (env: Env) => (env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false }) : null),
};
