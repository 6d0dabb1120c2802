import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import type { Agreement, PartnerPriority, PartnerRegion, PartnershipKind } from '@polyphony/contracts';

/** A partner territory (a city or metropolis abroad), placed on the world map by its coordinates. */
@Entity('partner_territories')
@Index('partner_territories_region_idx', ['region', 'priority'])
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('partner_territories_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  /** A region of the territory's taxonomy. */
  @Column({ type: 'varchar', length: 32 })
  region: PartnerRegion;

  @Column({ type: 'varchar', length: 16 })
  priority: PartnerPriority;

  @Column({ type: 'varchar', length: 24 })
  kind: PartnershipKind;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** Agreements with dates (a bounded list edited with the partner). */
  @Column({ type: 'jsonb', default: [] })
  agreements: Agreement[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Partner territories per region, for the regions that have any, in the taxonomy's order (a region
 * outside the taxonomy, which removal refuses while in use, would come last).
 */
export async function partnersPerRegion(manager: EntityManager): Promise<Record<PartnerRegion, number>> {
  const rows: { region: string; n: number }[] = await manager.query(
    `SELECT p.region, count(*)::int AS n
       FROM partner_territories p LEFT JOIN taxonomy_entries t ON t.kind = 'region' AND t.key = p.region
      GROUP BY p.region, t.position ORDER BY t.position NULLS LAST, p.region`,
  );
  return Object.fromEntries(rows.map((r) => [r.region, r.n]));
}

/** A city network the territory belongs to (Metropolis, UCLG, Eurocities...). */
@Entity('network_memberships')
export class NetworkMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('network_memberships_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  role: string | null;
}
