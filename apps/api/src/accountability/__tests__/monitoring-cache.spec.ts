import type { Monitoring } from '@polyphony/contracts';
import { ClearsMonitoring, MonitoringCache } from '../monitoring-cache';

const view = (progress: number) => ({ progress }) as unknown as Monitoring;

describe('monitoring cache', () => {
  afterEach(() => jest.useRealTimers());

  it('serves a public view for ten seconds, then reads again', () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z') });
    const cache = new MonitoringCache();
    cache.set('plan:v1', view(40), cache.generation);
    expect(cache.get('plan:v1')).toEqual(view(40));
    jest.setSystemTime(new Date('2026-11-22T10:00:11Z'));
    expect(cache.get('plan:v1')).toBeUndefined();
  });

  it('never keeps a view that was read before a write finished', async () => {
    const cache = new MonitoringCache();
    const readAt = cache.generation;
    class Writer {
      constructor(readonly cache: MonitoringCache) {}
      @ClearsMonitoring()
      async write(fail: boolean) {
        if (fail) throw new Error('rolled back');
        return 'done';
      }
    }
    const writer = new Writer(cache);
    expect(await writer.write(false)).toBe('done');
    cache.set('plan:v1', view(40), readAt); // read before the write: stale, refused
    expect(cache.get('plan:v1')).toBeUndefined();
    cache.set('plan:v1', view(45), cache.generation);
    await expect(writer.write(true)).rejects.toThrow('rolled back'); // a failed write clears too
    expect(cache.get('plan:v1')).toBeUndefined();
  });
});
