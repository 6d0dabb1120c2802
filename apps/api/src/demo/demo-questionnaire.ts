import type { EntityManager } from 'typeorm';
import type { Language, QuestionType, StakeholderCategory, TranslatedText } from '@polyphony/contracts';
import { ContributionsService } from '../contributions/contributions.service';
import { recountTallies } from '../questionnaires/tallies-recount';

type T = Record<Language, string>;
const tx = (fr: string, es: string, ca: string, en: string): T => ({ fr, es, ca, en });
const opt = (key: string, label: T) => ({ key, label });

interface DemoQuestion {
  type: QuestionType;
  prompt: T;
  help?: T;
  required?: boolean;
  options?: { key: string; label: T }[];
  maxChoices?: number;
  scale?: { min: number; max: number; minLabel: TranslatedText; maxLabel: TranslatedText };
}

/** About ten questions on the metropolitan internationalisation plan, in the consultation's four languages. */
const SECTIONS: { title: T; description: T; questions: DemoQuestion[] }[] = [
  {
    title: tx('Vous et l’international', 'Tú y lo internacional', 'Vosaltres i l’internacional', 'You and international action'),
    description: tx(
      'Quelques questions sur votre rapport à l’action internationale de la métropole.',
      'Algunas preguntas sobre tu relación con la acción internacional de la metrópolis.',
      'Unes preguntes sobre la vostra relació amb l’acció internacional de la metròpolis.',
      'A few questions on how you relate to the metropolis’s international action.',
    ),
    questions: [
      {
        type: 'scale',
        required: true,
        prompt: tx(
          'L’action internationale de la métropole améliore-t-elle la vie des habitants ?',
          '¿La acción internacional de la metrópolis mejora la vida de sus habitantes?',
          'L’acció internacional de la metròpolis millora la vida dels habitants?',
          'Does the metropolis’s international action improve residents’ lives?',
        ),
        scale: {
          min: 1,
          max: 5,
          minLabel: tx('Pas du tout', 'Nada', 'Gens', 'Not at all'),
          maxLabel: tx('Beaucoup', 'Mucho', 'Molt', 'A lot'),
        },
      },
      {
        type: 'single_choice',
        required: true,
        prompt: tx(
          'Connaissiez-vous le plan d’internationalisation ?',
          '¿Conocías el plan de internacionalización?',
          'Coneixíeu el pla d’internacionalització?',
          'Did you know about the internationalisation plan?',
        ),
        options: [
          opt('well', tx('Oui, bien', 'Sí, bien', 'Sí, bé', 'Yes, well')),
          opt('heard', tx('J’en ai entendu parler', 'He oído hablar de él', 'N’he sentit a parlar', 'I have heard of it')),
          opt('no', tx('Non', 'No', 'No', 'No')),
        ],
      },
      {
        type: 'country',
        prompt: tx(
          'Avec quel pays la métropole devrait-elle coopérer davantage ?',
          '¿Con qué país debería cooperar más la metrópolis?',
          'Amb quin país hauria de cooperar més la metròpolis?',
          'Which country should the metropolis cooperate with more?',
        ),
      },
    ],
  },
  {
    title: tx('Priorités du plan', 'Prioridades del plan', 'Prioritats del pla', 'The plan’s priorities'),
    description: tx(
      'Les cinq lignes stratégiques et les zones géographiques prioritaires.',
      'Las cinco líneas estratégicas y las zonas geográficas prioritarias.',
      'Les cinc línies estratègiques i les zones geogràfiques prioritàries.',
      'The five strategic lines and the priority regions.',
    ),
    questions: [
      {
        type: 'ranking',
        prompt: tx(
          'Classez les lignes stratégiques de la plus à la moins importante',
          'Ordena las líneas estratégicas de la más a la menos importante',
          'Ordeneu les línies estratègiques de la més a la menys important',
          'Rank the strategic lines from most to least important',
        ),
        options: [
          opt(
            'agenda',
            tx(
              'Influencer l’agenda de l’UE et de l’ONU',
              'Incidir en la agenda de la UE y la ONU',
              'Incidir en l’agenda de la UE i l’ONU',
              'Influence the EU and UN agendas',
            ),
          ),
          opt('funds', tx('Attirer des fonds européens', 'Atraer fondos europeos', 'Atreure fons europeus', 'Attract European funds')),
          opt(
            'knowledge',
            tx('Innovation et connaissances', 'Innovación y conocimiento', 'Innovació i coneixement', 'Innovation and knowledge'),
          ),
          opt('economy', tx('Projection économique', 'Proyección económica', 'Projecció econòmica', 'Economic projection')),
          opt(
            'cooperation',
            tx('Coopération internationale', 'Cooperación internacional', 'Cooperació internacional', 'International cooperation'),
          ),
        ],
      },
      {
        type: 'multiple_choice',
        maxChoices: 2,
        required: true,
        prompt: tx(
          'Quelles régions du monde devraient être prioritaires ?',
          '¿Qué regiones del mundo deberían ser prioritarias?',
          'Quines regions del món haurien de ser prioritàries?',
          'Which world regions should come first?',
        ),
        help: tx('Deux au plus.', 'Dos como máximo.', 'Dues com a màxim.', 'Two at most.'),
        options: [
          opt('europe', tx('Europe', 'Europa', 'Europa', 'Europe')),
          opt('med', tx('Méditerranée', 'Mediterráneo', 'Mediterrània', 'Mediterranean')),
          opt('latam', tx('Amérique latine', 'América Latina', 'Amèrica Llatina', 'Latin America')),
          opt('asia', tx('Asie et Amérique du Nord', 'Asia y América del Norte', 'Àsia i Amèrica del Nord', 'Asia and North America')),
          opt('africa', tx('Afrique', 'África', 'Àfrica', 'Africa')),
        ],
      },
      {
        type: 'multiple_choice',
        prompt: tx(
          'Sur quels sujets échanger avec d’autres villes ?',
          '¿Sobre qué temas intercambiar con otras ciudades?',
          'Sobre quins temes intercanviar amb altres ciutats?',
          'Which topics should we exchange on with other cities?',
        ),
        options: [
          opt('mobility', tx('Transports et mobilité', 'Transporte y movilidad', 'Transport i mobilitat', 'Transport and mobility')),
          opt('housing', tx('Logement', 'Vivienda', 'Habitatge', 'Housing')),
          opt('climate', tx('Climat et énergie', 'Clima y energía', 'Clima i energia', 'Climate and energy')),
          opt('water', tx('Eau et déchets', 'Agua y residuos', 'Aigua i residus', 'Water and waste')),
          opt('digital', tx('Numérique', 'Digital', 'Digital', 'Digital')),
        ],
      },
      {
        type: 'scale',
        prompt: tx(
          'Faut-il un budget propre pour l’action internationale ?',
          '¿Hace falta un presupuesto propio para la acción internacional?',
          'Cal un pressupost propi per a l’acció internacional?',
          'Should international action have its own budget?',
        ),
        scale: {
          min: 0,
          max: 10,
          minLabel: tx('Non', 'No', 'No', 'No'),
          maxLabel: tx('Absolument', 'Totalmente', 'Totalment', 'Absolutely'),
        },
      },
    ],
  },
  {
    title: tx('Vos idées', 'Tus ideas', 'Les vostres idees', 'Your ideas'),
    description: tx(
      'Vos propositions seront lues et regroupées par thèmes.',
      'Tus propuestas se leerán y se agruparán por temas.',
      'Les vostres propostes es llegiran i s’agruparan per temes.',
      'Your proposals will be read and grouped into themes.',
    ),
    questions: [
      {
        type: 'single_choice',
        prompt: tx(
          'Comment voulez-vous être informé des résultats ?',
          '¿Cómo quieres que te informemos de los resultados?',
          'Com voleu que us informem dels resultats?',
          'How do you want to hear about the results?',
        ),
        options: [
          opt('summary', tx('Un bilan annuel court', 'Un balance anual breve', 'Un balanç anual breu', 'A short annual summary')),
          opt('meetings', tx('Des réunions publiques', 'Reuniones públicas', 'Reunions públiques', 'Public meetings')),
          opt('online', tx('En ligne', 'En línea', 'En línia', 'Online')),
        ],
      },
      {
        type: 'short_text',
        prompt: tx(
          'Une ville partenaire à privilégier ?',
          '¿Una ciudad socia a priorizar?',
          'Una ciutat sòcia a prioritzar?',
          'A partner city to favour?',
        ),
      },
      {
        type: 'long_text',
        prompt: tx(
          'Votre proposition pour l’action internationale de la métropole',
          'Tu propuesta para la acción internacional de la metrópolis',
          'La vostra proposta per a l’acció internacional de la metròpolis',
          'Your proposal for the metropolis’s international action',
        ),
      },
    ],
  },
];

const CITIES = ['Lyon', 'Porto', 'Montevideo', 'Dakar', 'Manchester', 'Medellín', 'Tunis', 'Milano', 'Bogotá', 'Marseille'];
const PROPOSALS: { lang: Language; text: string }[] = [
  { lang: 'ca', text: 'Crear un programa d’intercanvi de joves amb les ciutats de la Mediterrània.' },
  { lang: 'es', text: 'Aprovechar la diáspora latinoamericana para reforzar la cooperación con Medellín y Montevideo.' },
  { lang: 'fr', text: 'Publier chaque année un bilan court et lisible de l’action internationale, avec les budgets.' },
  { lang: 'en', text: 'Build a shared portfolio of projects to apply for Next Generation EU funds with other metropolises.' },
  { lang: 'ca', text: 'Associar les universitats i els centres de recerca a les xarxes de ciutats europees.' },
  { lang: 'es', text: 'Más transporte público metropolitano financiado con fondos europeos, y explicarlo a los vecinos.' },
  { lang: 'fr', text: 'Associer les associations de la diaspora sénégalaise aux projets de coopération avec Dakar.' },
  { lang: 'en', text: 'Share what we learn on water management with Mediterranean cities facing droughts.' },
];
const CATEGORIES: StakeholderCategory[] = [
  'resident',
  'resident',
  'resident',
  'civil_society',
  'academia',
  'private_sector',
  'diaspora',
  'public_institution',
  'resident',
  'international',
];
const COUNTRIES = ['ES', 'ES', 'ES', 'ES', 'ES', 'ES', 'FR', 'SN', 'CO', 'MA', 'IT', 'AR'];
const FIRST = [
  'Laia',
  'Marc',
  'Aïcha',
  'Jordi',
  'Lucía',
  'Omar',
  'Núria',
  'Camille',
  'Pau',
  'Fatou',
  'Diego',
  'Elena',
  'Youssef',
  'Marta',
  'Luca',
];
const LAST = ['Puig', 'García', 'Diallo', 'Serra', 'Moreno', 'Benali', 'Vidal', 'Martin', 'Ferrer', 'Ndiaye', 'Rojas', 'Costa', 'Rossi'];
export const DEMO_RESPONDENTS = 240;

/**
 * The demo consultation's questionnaire and a few hundred responses from generated residents
 * and stakeholders (accounts without a password: they cannot sign in). Keyed on the
 * consultation: does nothing if it already has a questionnaire.
 */
export async function seedDemoQuestionnaire(manager: EntityManager, consultationId: string): Promise<void> {
  const [existing] = await manager.query(`SELECT id FROM questionnaires WHERE consultation_id = $1`, [consultationId]);
  if (existing) return;
  const [{ id: questionnaireId }] = await manager.query(
    `INSERT INTO questionnaires (consultation_id, version) VALUES ($1, 1) RETURNING id`,
    [consultationId],
  );
  const questions: ({ id: string } & DemoQuestion)[] = [];
  let position = 0;
  for (const [i, s] of SECTIONS.entries()) {
    const [{ id: sectionId }] = await manager.query(
      `INSERT INTO questionnaire_sections (questionnaire_id, position, title, description) VALUES ($1, $2, $3, $4) RETURNING id`,
      [questionnaireId, i, s.title, s.description],
    );
    for (const q of s.questions) {
      const [{ id }] = await manager.query(
        `INSERT INTO questionnaire_questions (questionnaire_id, section_id, position, type, prompt, help, required, options, max_choices, scale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          questionnaireId,
          sectionId,
          position++,
          q.type,
          q.prompt,
          q.help ?? {},
          q.required ?? false,
          JSON.stringify(q.options ?? []),
          q.maxChoices ?? null,
          q.scale ? JSON.stringify(q.scale) : null,
        ],
      );
      questions.push({ id, ...q });
    }
  }

  const contributions = new ContributionsService();
  const now = Date.now();
  for (let n = 0; n < DEMO_RESPONDENTS; n++) {
    const category = CATEGORIES[(n * 7) % CATEGORIES.length];
    const country = category === 'diaspora' ? 'ES' : COUNTRIES[(n * 5) % COUNTRIES.length];
    const language = (['ca', 'es', 'fr', 'en'] as Language[])[n % 4];
    const email = `respondent-${String(n + 1).padStart(3, '0')}@demo.polyphony.test`;
    const [user] = await manager.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, origin_territory, role, privacy_consent_at, privacy_consent_version)
       VALUES ($1, $2, $3, $4, $5, $6, 'participant', now(), 'demo') ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
      [
        email,
        `${FIRST[n % FIRST.length]} ${LAST[(n * 3) % LAST.length]}`,
        language,
        category,
        country,
        category === 'diaspora' ? (n % 2 ? 'Dakar, Sénégal' : 'Medellín, Colombia') : null,
      ],
    );
    const at = new Date(now - (70 - Math.floor((n * 69) / DEMO_RESPONDENTS)) * 86400000 + (n % 24) * 3600000);
    const [response] = await manager.query(
      `INSERT INTO questionnaire_responses (questionnaire_id, user_id, status, category, country, submitted_at, created_at, updated_at) VALUES ($1, $2, 'submitted', $3, $4, $5, $5, $5) RETURNING id`,
      [questionnaireId, user.id, category, country, at],
    );
    const h = (k: number) => (n * 31 + k * 17 + Math.floor(n / 7)) % 97;
    const lean = category === 'academia' ? 2 : category === 'diaspora' ? 4 : category === 'private_sector' ? 3 : h(1) % 5;
    const ranking = ['agenda', 'funds', 'knowledge', 'economy', 'cooperation'];
    [ranking[0], ranking[lean]] = [ranking[lean], ranking[0]];
    if (h(2) % 2) [ranking[1], ranking[2]] = [ranking[2], ranking[1]];
    const regions =
      category === 'diaspora' ? ['latam', 'africa'] : h(3) % 3 === 0 ? ['europe', 'med'] : h(3) % 3 === 1 ? ['europe'] : ['med', 'latam'];
    const proposal = PROPOSALS[n % PROPOSALS.length];
    const answers: [number, { keys?: string[]; num?: number; text?: string; country?: string } | null][] = [
      [0, { num: 1 + (h(4) % 10 > 2 ? 3 + (h(5) % 2) : h(5) % 3) }],
      [1, { keys: [['well', 'heard', 'no', 'heard', 'no'][h(6) % 5]] }],
      [2, h(7) % 3 ? { country: ['SN', 'CO', 'MA', 'FR', 'IT', 'TN', 'UY', 'MX'][h(8) % 8] } : null],
      [3, h(9) % 4 ? { keys: ranking } : null],
      [4, { keys: regions }],
      [
        5,
        h(10) % 5
          ? { keys: ['mobility', 'housing', 'climate', 'water', 'digital'].filter((_, i) => (h(11) >> i) % 2 || i === h(12) % 5) }
          : null,
      ],
      [6, { num: Math.min(10, 4 + (h(13) % 7)) }],
      [7, h(14) % 4 ? { keys: [['summary', 'summary', 'meetings', 'online'][h(15) % 4]] } : null],
      [8, n % 3 === 0 ? { text: CITIES[h(16) % CITIES.length] } : null],
      [9, n % 4 === 1 ? { text: proposal.text } : null],
    ];
    for (const [i, a] of answers) {
      if (!a) continue;
      const [row] = await manager.query(
        `INSERT INTO questionnaire_answers (response_id, question_id, questionnaire_id, choice_keys, number_value, text_value, country_value, respondent_category, respondent_country, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
        [
          response.id,
          questions[i].id,
          questionnaireId,
          a.keys ?? null,
          a.num ?? null,
          a.text ?? null,
          a.country ?? null,
          category,
          country,
          at,
        ],
      );
      if (a.text)
        await contributions.record(manager, {
          source: 'questionnaire_answer',
          sourceRef: row.id,
          consultationId,
          text: a.text,
          category,
          country,
          authorUserId: user.id,
          createdAt: at,
        });
    }
    await contributions.recordParticipation(manager, {
      source: 'questionnaire_response',
      sourceRef: response.id,
      consultationId,
      category,
      country,
      authorUserId: user.id,
      createdAt: at,
    });
  }
  await recountTallies(manager, questionnaireId);
}
