import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
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
