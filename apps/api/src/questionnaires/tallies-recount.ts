import type { EntityManager } from 'typeorm';
import { QuestionnaireResultsRepository } from './questionnaire-results.repository';

/**
 * Rebuilds a questionnaire's counters from its submitted answers, the same items as
 * `tallyItems` (tallies.ts): for answers loaded in bulk with SQL (imports, demo data,
 * benchmarks) and to check or repair the counters kept by submissions.
 */
export function recountTallies(manager: EntityManager, questionnaireId: string): Promise<void> {
  return new QuestionnaireResultsRepository(manager).recount(questionnaireId);
}
