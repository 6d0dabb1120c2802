import type { Logger } from 'typeorm';

/** A TypeORM logger that counts queries, to catch N+1 patterns on list pages. */
export class QueryCounter implements Logger {
  count = 0;
  logQuery() {
    this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}

  async measure<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const before = this.count;
    const result = await work();
    return { result, queries: this.count - before };
  }
}
