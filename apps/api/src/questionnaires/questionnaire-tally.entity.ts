import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Precomputed counters, updated in the transaction that writes the answers (one upsert
 * per submission, rows in key order so concurrent submissions never deadlock). Results
 * sum a few thousand rows instead of grouping 400,000 answers.
 *  - subject: a question id, or '*' for respondents;
 *  - item: an option key, a scale value, `key@position` for rankings, a country code, or
 *    '#' for "answered this question";
 *  - shard: spreads hot counters (the '*' row of the biggest group) over a few rows so that
 *    concurrent submissions rarely wait on each other's row lock.
 */
@Entity('questionnaire_tallies')
export class QuestionnaireTallyEntity {
  @PrimaryColumn({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  subject: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  item: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  category: string;

  /** Respondent's country; '--' when unknown. */
  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;

  @PrimaryColumn({ type: 'smallint' })
  shard: number;

  @Column({ type: 'int', default: 0 })
  count: number;
}
