import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AgendaItem, ReactionCounts, TranslatedText } from '@polyphony/contracts';
import { ContributionsService } from '../contributions/contributions.service';
import { UserEntity } from '../users/user.entity';
import { RoomEntity } from '../rooms/room.entity';

const MINUTE = 60_000;
const DAY = 86_400_000;

interface DemoMessage {
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

const CLOSED_TITLE: TranslatedText = {
  fr: 'Diplomatie des villes : quels réseaux pour la métropole ?',
  es: 'Diplomacia urbana: ¿qué redes para la metrópolis?',
  ca: 'Diplomàcia de ciutats: quines xarxes per a la metròpoli?',
  en: 'City diplomacy: which networks for the metropolis?',
};

const CLOSED_AGENDA = (start: Date): AgendaItem[] => [
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
const CLOSED_MESSAGES: DemoMessage[] = [
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

const OPEN_TITLE: TranslatedText = {
  fr: 'Café des diasporas : coopérer avec Dakar, Medellín et Tunis',
  es: 'Café de las diásporas: cooperar con Dakar, Medellín y Túnez',
  ca: 'Cafè de les diàspores: cooperar amb Dakar, Medellín i Tunis',
  en: 'Diaspora café: working with Dakar, Medellín and Tunis',
};

const OPEN_MESSAGES: DemoMessage[] = [
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

export const DEMO_ROOM_TITLES = { closed: CLOSED_TITLE, open: OPEN_TITLE };

/**
 * Two rooms in the demo consultation: a closed one with a multilingual transcript (key points,
 * a hidden message, replies, reactions), and an open one a newcomer can join. Keyed on the
 * consultation and the French title: a second run changes nothing.
 */
export async function seedDemoRooms(manager: EntityManager, consultationId: string, now = new Date()): Promise<void> {
  const closedStart = new Date(now.getTime() - 20 * DAY);
  await seedRoom(manager, consultationId, {
    title: CLOSED_TITLE,
    description: {
      fr: 'Salon animé avec les réseaux de villes, les universités, les entreprises et les diasporas. **Archive** de la séance.',
      es: 'Sala moderada con redes de ciudades, universidades, empresas y diásporas. **Archivo** de la sesión.',
      ca: 'Sala dinamitzada amb xarxes de ciutats, universitats, empreses i diàspores. **Arxiu** de la sessió.',
      en: 'Facilitated room with city networks, universities, companies and diasporas. **Archive** of the session.',
    },
    agenda: CLOSED_AGENDA(closedStart),
    startsAt: closedStart,
    endsAt: new Date(closedStart.getTime() + 90 * MINUTE),
    status: 'closed',
    access: 'signed_in',
    currentAgendaIndex: 2,
    messages: CLOSED_MESSAGES,
  });
  const openStart = new Date(now.getTime() - 30 * MINUTE);
  await seedRoom(manager, consultationId, {
    title: OPEN_TITLE,
    description: {
      fr: 'Un salon ouvert en continu pendant la phase de consultation : venez raconter vos liens avec votre territoire d’origine.',
      es: 'Una sala abierta durante toda la fase de consulta: cuéntanos tus vínculos con tu territorio de origen.',
      ca: 'Una sala oberta durant tota la fase de consulta: explica’ns els teus vincles amb el teu territori d’origen.',
      en: 'A room open throughout the consultation phase: tell us about your ties with your place of origin.',
    },
    agenda: [
      { title: { fr: 'Présentations', es: 'Presentaciones', ca: 'Presentacions', en: 'Introductions' }, startsAt: openStart.toISOString() },
      {
        title: { fr: 'Idées de projets', es: 'Ideas de proyectos', ca: 'Idees de projectes', en: 'Project ideas' },
        startsAt: new Date(openStart.getTime() + 7 * DAY).toISOString(),
      },
    ],
    startsAt: openStart,
    endsAt: new Date(now.getTime() + 60 * DAY),
    status: 'open',
    access: 'signed_in',
    currentAgendaIndex: 0,
    messages: OPEN_MESSAGES,
  });
}

interface RoomSeed {
  title: TranslatedText;
  description: TranslatedText;
  agenda: AgendaItem[];
  startsAt: Date;
  endsAt: Date;
  status: RoomEntity['status'];
  access: RoomEntity['access'];
  currentAgendaIndex: number;
  messages: DemoMessage[];
}

async function seedRoom(manager: EntityManager, consultationId: string, seed: RoomSeed) {
  const exists = await manager.query(`SELECT 1 FROM rooms WHERE consultation_id = $1 AND title->>'fr' = $2`, [
    consultationId,
    seed.title.fr,
  ]);
  if (exists.length) return;
  const users = await manager.getRepository(UserEntity).find();
  const byHandle = new Map(users.filter((u) => u.email?.endsWith('@demo.polyphony.test')).map((u) => [u.email!.split('@')[0], u]));
  const orgs: { user_id: string; id: string }[] = await manager.query(
    `SELECT DISTINCT ON (m.user_id) m.user_id, o.id FROM organisation_memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.status = 'active' ORDER BY m.user_id, o.name`,
  );
  const room = await manager.getRepository(RoomEntity).save(
    manager.getRepository(RoomEntity).create({
      consultationId,
      title: seed.title,
      description: seed.description,
      agenda: seed.agenda,
      currentAgendaIndex: seed.currentAgendaIndex,
      startsAt: seed.startsAt,
      endsAt: seed.endsAt,
      languages: ['fr', 'es', 'ca', 'en'],
      access: seed.access,
      status: seed.status,
      openedAt: seed.startsAt,
      closedAt: seed.status === 'closed' ? seed.endsAt : null,
      createdById: byHandle.get('official')?.id ?? null,
    }),
  );
  const contributions = new ContributionsService();
  const ids: string[] = [];
  const facilitator = byHandle.get('facilitator');
  let seq = 0;
  for (const m of seed.messages) {
    const author = byHandle.get(m.who);
    if (!author) continue;
    const id = randomUUID();
    ids.push(id);
    seq++;
    const at = new Date(seed.startsAt.getTime() + m.at * MINUTE);
    const organisationId = m.asOrganisation ? (orgs.find((o) => o.user_id === author.id)?.id ?? null) : null;
    const reactions = { agree: 0, disagree: 0, plus_one: 0, ...m.reactions };
    await manager.query(
      `INSERT INTO room_messages (id, room_id, seq, rev, client_id, author_id, author_category, organisation_id, body, reply_to_id, agenda_index, reactions, key_point, pinned_at, hidden_at, hidden_reason, hidden_by, created_at)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        id,
        room.id,
        seq,
        `demo-${seq}`,
        author.id,
        author.category,
        organisationId,
        m.text,
        m.replyTo !== undefined ? (ids[m.replyTo] ?? null) : null,
        m.item,
        JSON.stringify(reactions),
        Boolean(m.keyPoint),
        m.pinned ? at : null,
        m.hidden ? at : null,
        m.hidden ?? null,
        m.hidden ? (facilitator?.id ?? null) : null,
        at,
      ],
    );
    await contributions.record(manager, {
      source: 'room_message',
      sourceRef: id,
      consultationId,
      text: m.text,
      category: author.category,
      country: author.country,
      authorUserId: author.id,
      authorOrganisationId: organisationId,
      keyPoint: Boolean(m.keyPoint),
      createdAt: at,
    });
    if (m.hidden) await contributions.setHidden(manager, 'room_message', id, true);
  }
  await manager.query(`UPDATE rooms SET last_seq = $2, last_rev = $2 WHERE id = $1`, [room.id, seq]);
}
