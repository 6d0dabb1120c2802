import type { EntityManager } from 'typeorm';
import { UPDATE_SEARCH_VECTOR_SQL } from './consultation-search';

/** The consultations' raw SQL (the search vector TypeORM cannot express); entities are read through TypeORM in the service. */
export class ConsultationsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Recomputes a consultation's search vector after its texts changed. */
  async updateSearchVector(id: string): Promise<void> {
    await this.manager.query(UPDATE_SEARCH_VECTOR_SQL, [id]);
  }
}
