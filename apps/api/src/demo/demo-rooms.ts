import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ContributionsService } from '../contributions/contributions.service';
import { UserEntity } from '../users/user.entity';
import type { AgendaItem, TranslatedText } from '@polyphony/contracts';
import { RoomEntity } from '../rooms/room.entity';
import { CLOSED_AGENDA, CLOSED_MESSAGES, CLOSED_TITLE, OPEN_MESSAGES, OPEN_TITLE, type DemoMessage } from './demo-rooms-data';

const MINUTE = 60_000;
const DAY = 86_400_000;

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
