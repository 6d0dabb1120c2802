import type { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { TerritoryEntity } from './territory.entity';
import { participantsSql } from '../contributions/participants-query';

/** All of the territory's SQL. The instance serves one territory: the oldest row. */
export class TerritoryRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(TerritoryEntity);
  }

  current(): Promise<TerritoryEntity | null> {
    return this.repo.findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  /** Whether the first-run setup has happened (a territory exists). */
  async isSetUp(): Promise<boolean> {
    const [{ set_up }] = await this.manager.query(`SELECT EXISTS (SELECT 1 FROM territories) AS set_up`);
    return set_up;
  }

  /** The territory's country, without loading the rest of the row (its logo). */
  async country(): Promise<string | null> {
    const [territory] = await this.manager.query(`SELECT country FROM territories ORDER BY created_at LIMIT 1`);
    return territory?.country ?? null;
  }

  /** Serialises concurrent first-run setups (two admins submitting at once create one territory). */
  async lockSetup(): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('polyphony.territory.setup'))`);
  }

  async slugTaken(slug: string): Promise<boolean> {
    return this.repo.existsBy({ slug });
  }

  insert(values: Partial<TerritoryEntity>): Promise<TerritoryEntity> {
    return this.repo.save(this.repo.create(values));
  }

  async update(id: string, values: Partial<TerritoryEntity>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  /** The admin who set the territory up takes its language (and, for the admin created at boot, its country). */
  async adoptSetupAdmin(
    userId: string,
    values: Pick<UserEntity, 'preferredLanguage'> & Partial<Pick<UserEntity, 'country'>>,
  ): Promise<void> {
    await this.manager.getRepository(UserEntity).update({ id: userId }, values);
  }

  async logo(): Promise<{ logo: Buffer; logoType: string; logoUpdatedAt: Date } | null> {
    const [row] = await this.manager.query(
      `SELECT logo, logo_type AS "logoType", logo_updated_at AS "logoUpdatedAt" FROM territories
        WHERE logo IS NOT NULL ORDER BY created_at LIMIT 1`,
    );
    return row ?? null;
  }

  /** The home page's figures; participants and their countries with the dashboard's one definition (participantsSql). */
  async stats(): Promise<{ organisations: number; participants: number; countries: number }> {
    const [stats] = await this.manager.query(`
      SELECT (SELECT count(*) FROM organisations) AS organisations,
             (SELECT count(*) FROM (${participantsSql()}) p) AS participants,
             (SELECT count(DISTINCT country) FROM (${participantsSql({ details: true })}) c) AS countries`);
    return { organisations: Number(stats.organisations), participants: Number(stats.participants), countries: Number(stats.countries) };
  }
}
