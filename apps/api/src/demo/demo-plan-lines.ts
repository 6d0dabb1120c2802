import type { Draft } from './demo-plan-kit';
import { t4, para, body, indicator, department } from './demo-plan-kit';

/** The plan's strategic lines with their actions, as they stood in version 1. */
export function demoPlanLines(): Draft[] {
  return [
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Agenda politique de l’UE et système des Nations unies',
          'Agenda política de la UE y sistema de Naciones Unidas',
          'Agenda política de la UE i sistema de Nacions Unides',
          'EU political agenda and the UN system',
        ),
        [
          para(
            'Peser sur les décisions européennes et onusiennes par les réseaux de villes.',
            'Influir en las decisiones europeas y de Naciones Unidas a través de las redes de ciudades.',
          ),
        ],
      ),
      actions: [
        body(
          t4(
            'Présider un groupe de travail de Metropolis',
            'Presidir un grupo de trabajo de Metropolis',
            'Presidir un grup de treball de Metropolis',
            'Chair a Metropolis working group',
          ),
          [
            para(
              'Porter la voix des métropoles sur la gouvernance métropolitaine.',
              'Llevar la voz de las metrópolis sobre la gobernanza metropolitana.',
            ),
          ],
          {
            expectedResults: [
              para('Deux prises de position adoptées par le réseau chaque année.', 'Dos posicionamientos adoptados por la red cada año.'),
            ],
            leadDepartment: department('international'),
            partners: [
              { kind: 'network', name: 'Metropolis', organisationId: null },
              { kind: 'network', name: 'CGLU', organisationId: null },
            ],
            sdgTargets: ['11.3', '17.16'],
            agendas: ['new_urban_agenda'],
            indicators: [indicator('Prises de position adoptées', 'Posicionamientos adoptados', 'documents', 0, 10)],
          },
        ),
        body(
          t4(
            'Une place pour les métropoles dans l’Agenda urbain de l’UE',
            'Un lugar para las metrópolis en la Agenda Urbana de la UE',
            'Un lloc per a les metròpolis a l’Agenda Urbana de la UE',
            'A seat for metropolises in the Urban Agenda for the EU',
          ),
          [
            para(
              'Participer aux partenariats du Pacte d’Amsterdam avec Eurocities.',
              'Participar en las asociaciones del Pacto de Ámsterdam con Eurocities.',
            ),
          ],
          {
            leadDepartment: department('international'),
            partners: [
              { kind: 'network', name: 'Eurocities', organisationId: null },
              { kind: 'network', name: 'EMA', organisationId: null },
            ],
            agendas: ['leipzig_charter', 'european_green_deal'],
            indicators: [
              indicator('Partenariats de l’Agenda urbain suivis', 'Asociaciones de la Agenda Urbana seguidas', 'partnerships', 1, 4),
            ],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Fonds européens et internationaux',
          'Fondos europeos e internacionales',
          'Fons europeus i internacionals',
          'European and international funds',
        ),
        [
          para(
            'Attirer des financements au service des projets du territoire.',
            'Atraer financiación al servicio de los proyectos del territorio.',
          ),
        ],
      ),
      actions: [
        body(
          t4(
            'Un portefeuille de projets pour Next Generation EU',
            'Una cartera de proyectos para Next Generation EU',
            'Una cartera de projectes per a Next Generation EU',
            'A project portfolio for Next Generation EU',
          ),
          [
            para(
              'Préparer avec les communes un portefeuille commun de projets transformateurs.',
              'Preparar con los municipios una cartera común de proyectos transformadores.',
            ),
          ],
          {
            leadDepartment: department('europeanFunds'),
            partners: [{ kind: 'municipality', name: 'Communes membres', organisationId: null }],
            sdgTargets: ['17.3'],
            budget: {
              line: {
                fr: 'Assistance technique aux projets européens',
                es: 'Asistencia técnica a proyectos europeos',
                ca: 'Assistència tècnica a projectes europeus',
                en: 'Technical assistance for European projects',
              },
              amount: 450000,
              currency: 'EUR',
            },
            indicators: [indicator('Fonds européens obtenus', 'Fondos europeos obtenidos', 'm_eur', 12, 60)],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Innovation et gestion des connaissances',
          'Innovación y gestión del conocimiento',
          'Innovació i gestió del coneixement',
          'Innovation and knowledge management',
        ),
        [
          para(
            'Apprendre des autres gouvernements et partager nos savoir-faire.',
            'Aprender de otros gobiernos y compartir nuestro saber hacer.',
          ),
        ],
      ),
      actions: [
        body(
          t4(
            'Échanges techniques dans les deux sens',
            'Intercambios técnicos en los dos sentidos',
            'Intercanvis tècnics en els dos sentits',
            'Two-way technical exchanges',
          ),
          [
            para(
              'Accueillir et envoyer des agents pour des missions d’apprentissage.',
              'Acoger y enviar personal en misiones de aprendizaje.',
            ),
          ],
          {
            leadDepartment: department('humanResources'),
            geographicPriorities: [
              { territory: 'Greater Manchester', region: 'europe', intensity: 'priority' },
              { territory: 'Montréal', region: 'north_america', intensity: 'intensify' },
            ],
            sdgTargets: ['17.9'],
            indicators: [
              indicator('Agents en mission d’échange', 'Personal en misión de intercambio', 'people', 4, 40),
              indicator(
                'Améliorations de service issues des échanges',
                'Mejoras de servicio surgidas de los intercambios',
                null,
                null,
                null,
              ),
            ],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4(
          'Projection économique internationale',
          'Proyección económica internacional',
          'Projecció econòmica internacional',
          'International economic projection',
        ),
        [para('Sous la conduite de l’agence de développement économique.', 'Bajo la dirección de la agencia de desarrollo económico.')],
      ),
      actions: [
        body(
          t4('Missions économiques conjointes', 'Misiones económicas conjuntas', 'Missions econòmiques conjuntes', 'Joint trade missions'),
          [
            para(
              'Organiser avec la chambre de commerce des missions vers les territoires prioritaires.',
              'Organizar con la cámara de comercio misiones hacia los territorios prioritarios.',
            ),
          ],
          {
            leadDepartment: department('economicDevelopment'),
            partners: [{ kind: 'organisation', name: 'Chambre de commerce', organisationId: null }],
            geographicPriorities: [
              { territory: 'Séoul', region: 'asia', intensity: 'intensify' },
              { territory: 'Guadalajara', region: 'latin_america', intensity: 'priority' },
            ],
            sdgTargets: ['8.3', '9.b'],
            indicators: [indicator('Entreprises accompagnées', 'Empresas acompañadas', 'companies', 30, 150)],
          },
        ),
      ],
    },
    {
      kind: 'strategic_line',
      content: body(
        t4('Coopération internationale', 'Cooperación internacional', 'Cooperació internacional', 'International cooperation'),
        [para('Mettre en œuvre le plan directeur de coopération.', 'Aplicar el plan director de cooperación.')],
      ),
      actions: [
        body(
          t4(
            'Coopération décentralisée avec Gauteng, Maputo et Dakar',
            'Cooperación descentralizada con Gauteng, Maputo y Dakar',
            'Cooperació descentralitzada amb Gauteng, Maputo i Dakar',
            'Decentralised cooperation with Gauteng, Maputo and Dakar',
          ),
          [
            para(
              'Des projets de services urbains menés avec les diasporas du territoire.',
              'Proyectos de servicios urbanos llevados a cabo con las diásporas del territorio.',
            ),
          ],
          {
            leadDepartment: department('cooperation'),
            geographicPriorities: [
              { territory: 'Gauteng', region: 'africa', intensity: 'priority' },
              { territory: 'Maputo', region: 'africa', intensity: 'priority' },
              { territory: 'Dakar', region: 'africa', intensity: 'priority' },
            ],
            sdgTargets: ['6.b', '11.6', '17.17'],
            budget: {
              line: {
                fr: 'Coopération au développement (0,7 %)',
                es: 'Cooperación al desarrollo (0,7 %)',
                ca: 'Cooperació al desenvolupament (0,7 %)',
                en: 'Development cooperation (0.7%)',
              },
              amount: 1200000,
              currency: 'EUR',
            },
            indicators: [indicator('Projets de coopération actifs', 'Proyectos de cooperación activos', 'projects', 5, 12)],
          },
        ),
      ],
    },
  ];
}
