import type { Draft } from './demo-plan-kit';
import { t4, para, body, PRIORITIES } from './demo-plan-kit';
import { demoPlanLines } from './demo-plan-lines';

/** The plan as it stood in version 1 (before the interviews' suggestions were taken in). */
export function demoPlanStructure(): Draft[] {
  return [
    {
      kind: 'text',
      content: body(t4('Pourquoi ce plan', 'Por qué este plan', 'Per què aquest pla', 'Why this plan'), [
        para(
          'L’action internationale de la métropole est une **politique publique** : elle doit améliorer la vie des habitants, se fixer des objectifs mesurables et rendre compte de ses résultats.',
          'La acción internacional de la metrópolis es una **política pública**: debe mejorar la vida de la ciudadanía, fijarse objetivos medibles y rendir cuentas de sus resultados.',
        ),
        para(
          'Huit défis la guident : les politiques durables (transport, logement, énergie, eau, déchets), l’innovation et la transition numérique, la projection économique, la cohésion sociale et territoriale, la transformation du modèle productif, l’influence sur les agendas européens et internationaux, les financements internationaux et la gestion des connaissances.',
          'Ocho retos la guían: las políticas sostenibles (transporte, vivienda, energía, agua, residuos), la innovación y la transición digital, la proyección económica, la cohesión social y territorial, la transformación del modelo productivo, la influencia en las agendas europeas e internacionales, la financiación internacional y la gestión del conocimiento.',
        ),
      ]),
    },
    {
      kind: 'general_objective',
      content: body(
        t4(
          'Faire de la métropole un acteur international utile à ses habitants',
          'Hacer de la metrópolis un actor internacional útil a su ciudadanía',
          'Fer de la metròpoli un actor internacional útil a la ciutadania',
          'Make the metropolis an international actor useful to its residents',
        ),
        [
          para(
            'Positionner la métropole dans le monde pour répondre aux défis du territoire, avec les communes, les institutions et les habitants.',
            'Posicionar la metrópolis en el mundo para responder a los retos del territorio, con los municipios, las instituciones y la ciudadanía.',
          ),
        ],
      ),
    },
    {
      kind: 'specific_objective',
      content: body(
        t4(
          'Influencer les agendas européens et internationaux',
          'Influir en las agendas europeas e internacionales',
          'Influir en les agendes europees i internacionals',
          'Influence European and international agendas',
        ),
        [
          para(
            'Faire entendre la voix des métropoles là où se décident les politiques urbaines.',
            'Hacer oír la voz de las metrópolis donde se deciden las políticas urbanas.',
          ),
        ],
      ),
    },
    {
      kind: 'specific_objective',
      content: body(
        t4(
          'Transformer le modèle productif et renforcer la cohésion',
          'Transformar el modelo productivo y reforzar la cohesión',
          'Transformar el model productiu i reforçar la cohesió',
          'Transform the productive model and strengthen cohesion',
        ),
        [
          para(
            'Mettre les partenariats internationaux au service de l’emploi, de la transition écologique et de l’équilibre entre communes.',
            'Poner las alianzas internacionales al servicio del empleo, la transición ecológica y el equilibrio entre municipios.',
          ),
        ],
      ),
    },
    {
      kind: 'specific_objective',
      content: body(
        t4(
          'Une administration innovante, ouverte et fondée sur des valeurs',
          'Una administración innovadora, abierta y basada en valores',
          'Una administració innovadora, oberta i basada en valors',
          'An innovative, open, values-based administration',
        ),
        [
          para(
            'Projeter une administration centrée sur la connaissance, qui apprend des autres gouvernements et partage ce qu’elle sait.',
            'Proyectar una administración centrada en el conocimiento, que aprende de otros gobiernos y comparte lo que sabe.',
          ),
        ],
      ),
    },
    ...demoPlanLines(),
    {
      kind: 'text',
      content: body(
        t4('Priorités géographiques', 'Prioridades geográficas', 'Prioritats geogràfiques', 'Geographic priorities'),
        [
          para(
            'L’intensité varie selon les zones : l’Europe porte les cinq axes ; la Méditerranée et l’Amérique latine sont prioritaires ; l’Asie et l’Amérique du Nord sont à intensifier ; l’Afrique est le terrain de la coopération décentralisée.',
            'La intensidad varía según las zonas: Europa acoge los cinco ejes; el Mediterráneo y América Latina son prioritarios; Asia y América del Norte se intensifican; África es el terreno de la cooperación descentralizada.',
          ),
        ],
        { geographicPriorities: PRIORITIES },
      ),
    },
    {
      kind: 'text',
      content: body(
        t4('Alignement sur les agendas', 'Alineación con las agendas', 'Alineament amb les agendes', 'Agenda alignment'),
        [
          para(
            'Le plan s’aligne sur l’Agenda 2030 et les ODD, le Nouvel Agenda urbain, l’Accord de Paris, le Pacte vert pour l’Europe, la Charte de Leipzig et les droits humains.',
            'El plan se alinea con la Agenda 2030 y los ODS, la Nueva Agenda Urbana, el Acuerdo de París, el Pacto Verde Europeo, la Carta de Leipzig y los derechos humanos.',
          ),
        ],
        {
          sdgTargets: ['11.3', '11.6', '11.a', '13.2', '17.16', '17.17'],
          agendas: ['new_urban_agenda', 'paris_agreement', 'european_green_deal', 'leipzig_charter'],
        },
      ),
    },
  ];
}

/**
 * The demo plan, modelled on the reference case: one general objective, three specific objectives,
 * five strategic lines with their actions, geographic priorities and agenda alignment; three
 * versions (the third open for public review, with annotations and an answer), and suggestions
 * from the demo consultation's key points and synthesis themes, some accepted with provenance.
 * Keyed on the plan's slug: a second run changes nothing.
 */
