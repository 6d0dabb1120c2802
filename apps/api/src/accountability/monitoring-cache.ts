import { Injectable } from '@nestjs/common';
import type { Monitoring } from '@polyphony/contracts';

/** How long the public view of a plan is served from memory when nothing here changed it. */
const TTL_MS = 10_000;
const MAX_PLANS = 50;

/**
 * The public monitoring view (what anyone who is not an official sees: the same for all of them),
 * per plan and shown version, kept for a few seconds: the dashboard is read far more than it is
 * written. Every accountability write in this process clears it at once; a write through another
 * API process shows here within TTL_MS.
 */
@Injectable()
export class MonitoringCache {
  private readonly entries = new Map<string, { at: number; view: Monitoring }>();
  /** Bumped by every clear: a view read before a write finished is not kept after it. */
  generation = 0;

  get(key: string): Monitoring | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at > TTL_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.view;
  }

  /** Keeps a view read while `generation` was `readAt`, unless a write finished since. */
  set(key: string, view: Monitoring, readAt: number) {
    if (readAt !== this.generation) return;
    if (this.entries.size >= MAX_PLANS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: Date.now(), view });
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }
}

/**
 * On a service method that changes what the monitoring view shows: clears the cache once the write
 * has finished (committed or failed), so that the next public read sees it.
 */
export function ClearsMonitoring(): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const write = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    descriptor.value = async function (this: { cache: MonitoringCache }, ...args: unknown[]) {
      try {
        return await write.apply(this, args);
      } finally {
        this.cache.clear();
      }
    };
  };
}
