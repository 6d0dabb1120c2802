import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One counted attempt in a rate-limit bucket (kept in PostgreSQL so every replica sees it). */
@Entity('rate_limit_hits')
@Index('rate_limit_hits_bucket_idx', ['bucket', 'createdAt'])
export class RateLimitHitEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  bucket: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
