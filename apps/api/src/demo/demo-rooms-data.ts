import type { AgendaItem, ReactionCounts, TranslatedText } from '@polyphony/contracts';

/** What the demo rooms say: titles, the closed room's agenda and both rooms' messages (fr, es, ca, en). */
const MINUTE = 60_000;

export interface DemoMessage {
  /** Demo account e-mail (before the @). */
  who: string;
  text: string;
  /** Minutes after the start. */
  at: number;
  item: number;
  replyTo?: number;
  keyPoint?: boolean;
  pinned?: boolean;
  hidden?: string;
  reactions?: Partial<ReactionCounts>;
  /** Speaks for their first organisation. */
  asOrganisation?: boolean;
}

export const CLOSED_TITLE: TranslatedText = {
  fr: 'Diplomatie des villes : quels réseaux pour la métropole ?',
  es: 'Diplomacia urbana: ¿qué redes para la metrópolis?',
  ca: 'Diplomàcia de ciutats: quines xarxes per a la metròpoli?',
  en: 'City diplomacy: which networks for the metropolis?',
};

export const CLOSED_AGENDA = (start: Date): AgendaItem[] => [
  {
    title: {
      fr: 'Accueil et règles du salon',
      es: 'Bienvenida y normas de la sala',
      ca: 'Benvinguda i normes de la sala',
      en: 'Welcome and room rules',
    },
    startsAt: start.toISOString(),
    durationMinutes: 10,
  },
  {
    title: {
      fr: 'Peser sur les agendas européens',
      es: 'Influir en las agendas europeas',
      ca: 'Influir en les agendes europees',
      en: 'Influencing European agendas',
    },
    startsAt: new Date(start.getTime() + 10 * MINUTE).toISOString(),
    durationMinutes: 35,
  },
  {
    title: {
      fr: 'Diasporas et coopération décentralisée',
      es: 'Diásporas y cooperación descentralizada',
      ca: 'Diàspores i cooperació descentralitzada',
      en: 'Diasporas and decentralised cooperation',
    },
    startsAt: new Date(start.getTime() + 45 * MINUTE).toISOString(),
    durationMinutes: 35,
  },
];

/** A realistic multilingual exchange: each person writes in their own language. */
export const CLOSED_MESSAGES: DemoMessage[] = [
  {
    who: 'facilitator',
    at: 0,
    item: 0,
    pinned: true,
    text: 'Benvinguts i benvingudes! Hoy hablamos de las redes de ciudades. Podéis escribir en vuestra lengua: **francés, castellano, catalán o inglés**. Levantad la mano si queréis intervenir por vídeo en la segunda parte.',
  },
  {
    who: 'official',
    at: 2,
    item: 0,
    text: 'Gracias a todas las entidades por venir. Lo que se diga aquí alimentará directamente la línea 1 del plan (incidencia en la UE y en el sistema de Naciones Unidas).',
  },
  {
    who: 'international',
    at: 11,
    item: 1,
    asOrganisation: true,
    keyPoint: true,
    reactions: { agree: 6, plus_one: 3 },
    text: 'Metropolis peut porter la voix de la métropole à Bruxelles, mais seulement si vous arrivez avec **deux ou trois priorités claires** : logement abordable, transition énergétique, mobilité. Les réseaux ne remplacent pas une position politique.',
  },
  {
    who: 'academia',
    at: 13,
    item: 1,
    replyTo: 2,
    reactions: { agree: 4 },
    text: 'Coincido. En nuestro estudio sobre 40 gobiernos locales, los que tenían una estrategia escrita obtuvieron el doble de fondos europeos que los que solo participaban en redes.',
  },
  {
    who: 'civil-society',
    at: 15,
    item: 1,
    asOrganisation: true,
    reactions: { agree: 3, disagree: 1 },
    text: "Les entitats veïnals volem saber què s'aconsegueix a Brussel·les. Proposo un **resum anual breu i accessible** de l'acció internacional, publicat a cada municipi.",
  },
  {
    who: 'official',
    at: 16,
    item: 1,
    replyTo: 4,
    text: 'Apuntado: encaja con la recomendación de France urbaine sobre un balance anual accesible.',
  },
  {
    who: 'private-sector',
    at: 18,
    item: 1,
    asOrganisation: true,
    keyPoint: true,
    reactions: { agree: 5, plus_one: 2 },
    text: 'Des de la Cambra, la prioritat és una cartera de projectes preparada per a les convocatòries Next Generation EU. Sense projectes madurs, la presència a les xarxes no es tradueix en finançament.',
  },
  {
    who: 'resident',
    at: 21,
    item: 1,
    hidden: 'Fora de tema: pregunta sobre els horaris de la piscina municipal',
    text: 'Algú sap si la piscina municipal obre aquest diumenge?',
  },
  {
    who: 'public-institution',
    at: 23,
    item: 1,
    asOrganisation: true,
    reactions: { agree: 2 },
    text: "L'hospital participa en dos projectes Horizon Europe amb Lió i Porto. Seria útil una oficina metropolitana que ajudi les institucions petites a trobar socis.",
  },
  {
    who: 'international',
    at: 26,
    item: 1,
    replyTo: 8,
    reactions: { plus_one: 4 },
    text: 'A shared EU projects desk is exactly what Greater Manchester and Lyon did. Happy to share their terms of reference with the team.',
  },
  {
    who: 'resident',
    at: 29,
    item: 1,
    reactions: { agree: 3 },
    text: 'I els veïns, com hi participem? Les reunions a Brussel·les ens queden molt lluny. Potser sessions obertes abans de cada cimera?',
  },
  {
    who: 'facilitator',
    at: 31,
    item: 1,
    replyTo: 10,
    keyPoint: true,
    reactions: { agree: 7 },
    text: 'Buena propuesta: **sesiones abiertas antes de cada cumbre internacional**, con retorno público después. La recojo como punto clave.',
  },
  {
    who: 'academia',
    at: 34,
    item: 1,
    text: 'Una precisión: la Agenda Urbana de la UE (Pacto de Ámsterdam) ofrece partenariados temáticos en los que una metrópolis puede liderar. Vivienda y transición digital tienen plazas libres.',
  },
  {
    who: 'facilitator',
    at: 45,
    item: 2,
    text: 'Pasamos al segundo punto: diásporas y cooperación descentralizada. Aminata, Camilo, os damos la palabra.',
  },
  {
    who: 'diaspora',
    at: 46,
    item: 2,
    asOrganisation: true,
    keyPoint: true,
    reactions: { agree: 8, plus_one: 5 },
    text: "La diaspora sénégalaise fait déjà de la coopération : transferts, projets d'écoles à Thiès et à Dakar. Nous demandons d'être **associés dès la conception** des projets avec Dakar, pas seulement invités à la cérémonie.",
  },
  {
    who: 'diaspora-colombia',
    at: 48,
    item: 2,
    asOrganisation: true,
    replyTo: 14,
    reactions: { agree: 6 },
    text: 'Lo mismo con el Valle de Aburrá: tenemos contactos en Medellín en movilidad y urbanismo social. Un fondo pequeño para proyectos co-diseñados con asociaciones de la diáspora marcaría la diferencia.',
  },
  {
    who: 'civil-society',
    at: 51,
    item: 2,
    reactions: { agree: 2 },
    text: 'El pla director de cooperació 2020-2023 ja parlava de la diàspora, però sense pressupost. Cal una línia pressupostària específica.',
  },
  {
    who: 'official',
    at: 53,
    item: 2,
    replyTo: 16,
    text: 'El plan no tiene presupuesto propio, es cierto. Podemos estudiar una línea compartida entre varios municipios, como recomienda el estudio de France urbaine.',
  },
  {
    who: 'international',
    at: 56,
    item: 2,
    reactions: { plus_one: 3 },
    text: 'UCLG has a peer-learning programme on migration and local development (Mediterranean City-to-City Migration). Tunis and Sfax are members; it could host the diaspora track.',
  },
  {
    who: 'participant',
    at: 60,
    item: 2,
    reactions: { agree: 4 },
    text: "Je suis arrivé de Tunis il y a cinq ans. Pour beaucoup d'entre nous, la barrière c'est l'information : où trouver les appels à projets ? Une page en plusieurs langues aiderait.",
  },
  {
    who: 'diaspora',
    at: 62,
    item: 2,
    replyTo: 19,
    reactions: { agree: 3 },
    text: 'Oui, et en wolof et en arabe aussi pour les réunions de quartier.',
  },
  {
    who: 'facilitator',
    at: 75,
    item: 2,
    keyPoint: true,
    reactions: { agree: 9 },
    text: 'Resumen de la sesión: 1) dos o tres prioridades políticas claras ante la UE; 2) oficina metropolitana de proyectos europeos; 3) sesiones abiertas antes de las cumbres; 4) diásporas asociadas desde el diseño, con un fondo propio. ¡Gracias a todas y todos!',
  },
];

export const OPEN_TITLE: TranslatedText = {
  fr: 'Café des diasporas : coopérer avec Dakar, Medellín et Tunis',
  es: 'Café de las diásporas: cooperar con Dakar, Medellín y Túnez',
  ca: 'Cafè de les diàspores: cooperar amb Dakar, Medellín i Tunis',
  en: 'Diaspora café: working with Dakar, Medellín and Tunis',
};

export const OPEN_MESSAGES: DemoMessage[] = [
  {
    who: 'facilitator',
    at: 0,
    item: 0,
    pinned: true,
    text: 'Bienvenue, benvinguts, bienvenidos, welcome! Presentaos en una frase: ¿de dónde venís y qué proyecto os gustaría ver con vuestra ciudad de origen?',
  },
  {
    who: 'diaspora',
    at: 3,
    item: 0,
    asOrganisation: true,
    reactions: { agree: 2 },
    text: 'Aminata, de Dakar. Je rêve d’un échange d’apprentis entre les lycées techniques de Dakar et ceux de la métropole.',
  },
  {
    who: 'diaspora-colombia',
    at: 5,
    item: 0,
    asOrganisation: true,
    reactions: { plus_one: 1 },
    text: 'Camilo, de Medellín. Me gustaría un intercambio entre técnicos de metrocable y de transporte metropolitano.',
  },
];
