import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** Global: any feature can queue background work and run computations in worker threads. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
