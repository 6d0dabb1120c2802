import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ContributionEntity } from '../contributions/contribution.entity';
import { SynthesisThemeEntity } from './synthesis-theme.entity';

/** Provenance: a contribution belongs to a theme of a run (from theme to contributions and back). */
@Entity('synthesis_theme_members')
@Index('synthesis_theme_members_contribution_idx', ['contributionId', 'runId'])
export class SynthesisThemeMemberEntity {
  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @ManyToOne(() => SynthesisThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Relation<SynthesisThemeEntity>;

  @PrimaryColumn({ name: 'contribution_id', type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution?: Relation<ContributionEntity>;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;
}
