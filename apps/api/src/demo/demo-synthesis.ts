import type { EntityManager } from 'typeorm';
import { createRandom, extractThemes, type PolisConversation } from '@polyphony/synthesis';
import { SynthesisRunEntity } from '../synthesis/synthesis-run.entity';
import { engineInput, persistRun } from '../synthesis/synthesis-runs.service';
import { SynthesisRepository } from '../synthesis/synthesis.repository';
import { storePolis } from '../synthesis/statements.service';

/** Above this many contributions the demo run is queued for the job system instead of computed in the seed. */
const SYNC_LIMIT = 3000;

/** Short statements on the demo consultation's questions, in the languages people wrote in. */
const DEMO_STATEMENTS = [
  'La métropole doit publier chaque année un bilan court et lisible de son action internationale.',
  'Les fonds européens devraient financer d’abord les projets des quartiers les plus modestes.',
  'Las asociaciones de la diáspora deben participar en la definición de las prioridades geográficas.',
  'La cooperació amb les ciutats mediterrànies ha de ser una prioritat del pla.',
  'The metropolis should join fewer city networks and take a more active role in each.',
  'La promotion économique internationale compte plus que la coopération décentralisée.',
  'Atraer grandes eventos internacionales beneficia a todos los municipios del área.',
  'Les universitats i centres de recerca han de ser socis permanents de l’acció internacional.',
  'Le transport public entre les communes doit passer avant tout nouveau projet d’aéroport.',
  'Climate commitments (Paris Agreement, Green Deal) should guide every international partnership.',
  'El presupuesto internacional debería tener líneas propias y votadas cada año.',
  'Les échanges d’agents avec d’autres métropoles améliorent les services publics.',
];
const CATEGORIES = ['resident', 'civil_society', 'academia', 'private_sector', 'diaspora', 'public_institution', 'international'];

/**
 * Synthetic voters in three camps: each agrees with its camp's side of every statement most of
 * the time, and a few statements are shared by everyone (consensus).
 */
function demoVotes(voters = 48): { conversation: PolisConversation; categoryOf: (id: string) => string } {
  const random = createRandom(2021);
  const camps = [0, 1, 2].map(() => DEMO_STATEMENTS.map(() => (random() < 0.5 ? 1 : -1)));
  const consensus = new Set([0, 9]);
  const votes: PolisConversation['votes'] = [];
  const category = new Map<string, string>();
  for (let p = 0; p < voters; p++) {
    const camp = p % 3;
    category.set(String(p), CATEGORIES[(p * 5 + camp) % CATEGORIES.length]);
    DEMO_STATEMENTS.forEach((_, s) => {
      if (random() < 0.15) return;
      const side = consensus.has(s) ? 1 : camps[camp][s];
      const vote = random() < 0.1 ? 0 : random() < 0.85 ? side : -side;
      votes.push({ participantId: String(p), statementId: String(s), vote });
    });
  }
  return {
    conversation: { statements: DEMO_STATEMENTS.map((text, i) => ({ id: String(i), text, moderated: 1 })), votes, format: 'votes.csv' },
    categoryOf: (id) => category.get(id) ?? 'resident',
  };
}

/**
 * The demo's synthesis: a finished run on the demo consultation's contributions (computed here
 * when small enough, otherwise queued for the job system at start) and statements with a few
 * hundred votes, so that a newcomer sees themes and an opinion map. Keyed on the run's trigger
 * and the statements' natural keys: running it twice changes nothing.
 */
export async function seedDemoSynthesis(manager: EntityManager, consultationId: string): Promise<void> {
  const runs = manager.getRepository(SynthesisRunEntity);
  if (!(await runs.existsBy({ consultationId, trigger: 'demo' }))) {
    const rows = await new SynthesisRepository(manager).scopeContributions(consultationId, null);
    if (rows.length) {
      const run = await runs.save(
        runs.create({ consultationId, roomId: null, trigger: 'demo', parameters: {}, status: 'queued', stage: 'queued' }),
      );
      if (rows.length <= SYNC_LIMIT) {
        const started = performance.now();
        await runs.update({ id: run.id }, { status: 'running', startedAt: new Date() });
        const result = extractThemes(engineInput(rows));
        await persistRun(manager, run, rows, result, { loadMs: 0, analyseMs: Math.round(performance.now() - started) }, started);
      }
    }
  }
  const { conversation, categoryOf } = demoVotes();
  await storePolis(manager, consultationId, null, 'seed', conversation, null, 'demo', categoryOf);
}
