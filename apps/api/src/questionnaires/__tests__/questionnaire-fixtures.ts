import type { TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';
import type { ApiClient } from '../../../test-support/api-client';

const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

export const consultationBody = (overrides: Record<string, unknown> = {}) => ({
  title: { fr: 'Plan d’internationalisation', es: 'Plan de internacionalización' },
  summary: { fr: 'Votre avis sur l’action internationale.', es: 'Tu opinión sobre la acción internacional.' },
  languages: ['fr', 'es'],
  phases: [{ kind: 'consultation', startsOn: day(-5), endsOn: day(30) }],
  ...overrides,
});

const fe = (fr: string, es: string) => ({ fr, es });

/** A questionnaire with one question of every type, in French and Spanish. */
export const questionnaireBody = () => ({
  sections: [
    {
      title: fe('Priorités', 'Prioridades'),
      description: fe('Ce qui compte pour vous.', 'Lo que te importa.'),
      questions: [
        {
          type: 'single_choice',
          required: true,
          prompt: fe('Quelle ligne est prioritaire ?', '¿Qué línea es prioritaria?'),
          options: [
            { key: 'eu', label: fe('Agenda européen', 'Agenda europea') },
            { key: 'funds', label: fe('Fonds', 'Fondos') },
            { key: 'coop', label: fe('Coopération', 'Cooperación') },
          ],
        },
        {
          type: 'multiple_choice',
          maxChoices: 2,
          prompt: fe('Quelles régions ?', '¿Qué regiones?'),
          options: [
            { key: 'europe', label: fe('Europe', 'Europa') },
            { key: 'med', label: fe('Méditerranée', 'Mediterráneo') },
            { key: 'latam', label: fe('Amérique latine', 'América Latina') },
          ],
        },
        {
          type: 'scale',
          required: true,
          prompt: fe('Importance de l’action internationale', 'Importancia de la acción internacional'),
          scale: { min: 1, max: 5, minLabel: fe('Faible', 'Baja'), maxLabel: fe('Forte', 'Alta') },
        },
        {
          type: 'ranking',
          prompt: fe('Classez ces réseaux', 'Ordena estas redes'),
          options: [
            { key: 'metropolis', label: fe('Metropolis', 'Metropolis') },
            { key: 'uclg', label: fe('CGLU', 'CGLU') },
            { key: 'eurocities', label: fe('Eurocities', 'Eurocities') },
          ],
        },
      ],
    },
    {
      title: fe('Vos idées', 'Tus ideas'),
      questions: [
        { type: 'short_text', prompt: fe('Un partenaire à privilégier ?', '¿Un socio prioritario?') },
        { type: 'long_text', prompt: fe('Vos propositions', 'Tus propuestas'), help: fe('Soyez concret.', 'Sé concreto.') },
        { type: 'country', prompt: fe('Pays avec lequel coopérer', 'País con el que cooperar') },
      ],
    },
  ],
});

export interface Built {
  consultation: { id: string; slug: string };
  questionnaire: { id: string; version: number; sections: { id: string; questions: { id: string; type: string }[] }[] };
  q: Record<'single' | 'multiple' | 'scale' | 'ranking' | 'short' | 'long' | 'country', string>;
}

/** An official opens and publishes a consultation with the questionnaire above. */
export async function buildQuestionnaire(
  t: TestApp,
  official?: { client: ApiClient },
  publish = true,
  overrides: Record<string, unknown> = {},
): Promise<Built> {
  const owner = official ?? (await signUpAs(t, 'official'));
  const consultation = (await owner.client.post('/api/consultations', consultationBody(overrides)).expect(201)).body;
  const questionnaire = (await owner.client.put(`/api/consultations/${consultation.id}/questionnaire`, questionnaireBody()).expect(200))
    .body;
  if (publish) await owner.client.post(`/api/consultations/${consultation.id}/status`, { status: 'published' }).expect(200);
  const ids = questionnaire.sections.flatMap((s: { questions: { id: string }[] }) => s.questions.map((q) => q.id));
  const [single, multiple, scale, ranking, short, long, country] = ids;
  return { consultation, questionnaire, q: { single, multiple, scale, ranking, short, long, country } };
}

/** A full, valid set of answers. */
export const fullAnswers = (q: Built['q'], overrides: Record<string, unknown> = {}) => ({
  [q.single]: 'funds',
  [q.multiple]: ['europe', 'latam'],
  [q.scale]: 4,
  [q.ranking]: ['uclg', 'metropolis', 'eurocities'],
  [q.short]: 'Montevideo',
  [q.long]: 'Renforcer la coopération décentralisée avec Dakar et Maputo.',
  [q.country]: 'sn',
  ...overrides,
});
