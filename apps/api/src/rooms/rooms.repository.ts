import { In, type EntityManager } from 'typeorm';
import type { ConsultationStatus, HandEntry, RoomStatus } from '@polyphony/contracts';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { ConsultationFacilitatorEntity } from '../consultations/consultation-facilitator.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { UserEntity } from '../users/user.entity';
import { RoomEntity } from './room.entity';
import type { RoomAccessRules } from './rooms.policy';
import { keysetPage } from '../core/database/keyset-page';

/**
 * What deciding a person's access to a live room needs, in one round trip: the room and its rules,
 * its consultation's status, the person ($2, may be null), whether they facilitate the consultation or
 * accepted an invitation to the room, and the organisations they are an active member of.
 */
export const LIVE_ACCESS_SQL = `SELECT r.id, r.status, r.slow_mode_seconds, r.current_agenda_index, r.access, r.invited_categories, r.invited_organisation_ids,
              c.status AS consultation_status,
              u.id AS user_id, u.display_name, u.category, u.country, u.role, u.email_verified_at IS NOT NULL AS email_verified, u.privacy_consent_at IS NOT NULL AS consented,
              (u.id IS NOT NULL AND EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = r.consultation_id AND f.user_id = u.id)) AS is_facilitator,
              (u.id IS NOT NULL AND EXISTS (SELECT 1 FROM invitations i WHERE i.target_type = 'room' AND i.target_id = r.id AND i.accepted_user_id = u.id)) AS is_invited,
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
                          FROM organisation_memberships m JOIN organisations o ON o.id = m.organisation_id
                         WHERE m.user_id = u.id AND m.status = 'active'), '[]') AS organisations
         FROM rooms r JOIN consultations c ON c.id = r.consultation_id LEFT JOIN users u ON u.id = $2
        WHERE r.id = $1`;

/** The room's revision, hand queue (first 200) and mutes in one query (what a newcomer needs besides messages). */
export const ARRIVAL_SQL = `SELECT r.last_rev,
              coalesce((SELECT json_agg(json_build_object('userId', h.user_id, 'displayName', h.display_name, 'category', h.category, 'raisedAt', h.hand_raised_at) ORDER BY h.hand_raised_at, h.user_id)
                          FROM (SELECT p.user_id, u.display_name, u.category, p.hand_raised_at FROM room_participants p JOIN users u ON u.id = p.user_id
                                 WHERE p.room_id = r.id AND p.hand_raised_at IS NOT NULL ORDER BY p.hand_raised_at, p.user_id LIMIT 200) h), '[]') AS hands,
              coalesce((SELECT json_agg(p.user_id) FROM room_participants p WHERE p.room_id = r.id AND p.muted_at IS NOT NULL), '[]') AS muted
         FROM rooms r WHERE r.id = $1`;

/** The facts a live room's access is decided on (RoomsPolicy.canEnter, canFacilitate). */
export interface LiveAccessFacts {
  room: Pick<RoomEntity, 'id' | 'status' | 'slowModeSeconds' | 'currentAgendaIndex'>;
  rules: RoomAccessRules;
  consultationStatus: ConsultationStatus;
  user: (Pick<UserEntity, 'id' | 'displayName' | 'category' | 'country' | 'role'> & { emailVerified: boolean; consented: boolean }) | null;
  isFacilitator: boolean;
  isInvited: boolean;
  organisations: { id: string; name: string }[];
}

/** A new room, as its creator described it (scheduled). */
export type NewRoom = Pick<
  RoomEntity,
  | 'consultationId'
  | 'title'
  | 'description'
  | 'agenda'
  | 'currentAgendaIndex'
  | 'startsAt'
  | 'endsAt'
  | 'languages'
  | 'access'
  | 'invitedCategories'
  | 'invitedOrganisationIds'
  | 'status'
  | 'createdById'
>;

/** What an edit of a room may change: what its creator described, but its consultation, status and creator. */
export type RoomPatch = Partial<Omit<NewRoom, 'consultationId' | 'status' | 'createdById'>>;

/** A status change that only happens if the room is still in status `from` (two facilitators racing: one wins). */
export type RoomTransition = Pick<RoomEntity, 'id' | 'status'> & Partial<Pick<RoomEntity, 'openedAt' | 'closedAt'>> & { from: RoomStatus };

/** A page of rooms, newest first, their consultations loaded. */
export interface RoomPageQuery {
  /** Only this consultation's rooms. */
  consultationId?: string;
  /** False: rooms of draft consultations only for their facilitators (`viewerId`, null when signed out). */
  seesDrafts: boolean;
  viewerId: string | null;
  status?: RoomStatus;
  after: (string | number)[] | undefined;
  limit: number;
}

/** A consultation as a room's page names it. */
export type RoomConsultation = Pick<ConsultationEntity, 'id' | 'slug' | 'title'>;

/** A facilitator of a room's consultation, by name. */
export interface RoomFacilitator {
  consultationId: string;
  userId: string;
  displayName: string;
}

/** A room's live state after a change (slow mode, agenda item). */
export type LiveRow = Pick<RoomEntity, 'id' | 'status' | 'slowModeSeconds' | 'currentAgendaIndex'>;

const toLiveRow = (row: {
  id: string;
  status: RoomEntity['status'];
  slow_mode_seconds: number;
  current_agenda_index: number | null;
}): LiveRow => ({
  id: row.id,
  status: row.status,
  slowModeSeconds: row.slow_mode_seconds,
  currentAgendaIndex: row.current_agenda_index,
});

/** The rooms' SQL besides their messages (room-messages.repository.ts): access facts and the live state shared by every process. */
export class RoomsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get rooms() {
    return this.manager.getRepository(RoomEntity);
  }

  /** The room with its consultation. */
  findWithConsultation(id: string): Promise<RoomEntity | null> {
    return this.rooms.findOne({ where: { id }, relations: { consultation: true } });
  }

  findById(id: string): Promise<RoomEntity> {
    return this.rooms.findOneByOrFail({ id });
  }

  /** One more row than the limit, to know whether a next page exists. */
  page(q: RoomPageQuery): Promise<RoomEntity[]> {
    const qb = this.rooms.createQueryBuilder('r').innerJoinAndSelect('r.consultation', 'c');
    if (q.consultationId) qb.andWhere('r.consultation_id = :cid', { cid: q.consultationId });
    if (!q.seesDrafts) {
      qb.andWhere(
        `(c.status <> 'draft' OR EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.id AND f.user_id = :viewer))`,
        { viewer: q.viewerId },
      );
    }
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    return keysetPage(qb, { alias: 'r', column: 'starts_at', after: q.after, limit: q.limit, direction: 'DESC' }).getMany();
  }

  insert(room: NewRoom): Promise<RoomEntity> {
    return this.rooms.save(this.rooms.create(room));
  }

  async update(id: string, patch: RoomPatch): Promise<void> {
    await this.rooms.update({ id }, patch);
  }

  /** False when the room was no longer in status `from`. */
  async transition({ id, from, ...change }: RoomTransition): Promise<boolean> {
    const result = await this.rooms.update({ id, status: from }, change);
    return Boolean(result.affected);
  }

  /** The organisations the person is an active member of (may speak for), by name. */
  memberOrganisations(userId: string): Promise<{ id: string; name: string }[]> {
    return this.manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(OrganisationEntity, 'o', 'o.id = m.organisation_id')
      .select(['o.id AS id', 'o.name AS name'])
      .where('m.user_id = :user AND m.status = :active', { user: userId, active: 'active' })
      .orderBy('o.name')
      .getRawMany<{ id: string; name: string }>();
  }

  /** The ids of the organisations the person is an active member of. */
  async activeOrganisationIds(userId: string): Promise<string[]> {
    const rows = await this.manager
      .getRepository(MembershipEntity)
      .find({ where: { userId, status: 'active' }, select: { organisationId: true } });
    return rows.map((m) => m.organisationId);
  }

  consultations(ids: string[]): Promise<RoomConsultation[]> {
    return this.manager.getRepository(ConsultationEntity).find({ where: { id: In(ids) }, select: { id: true, slug: true, title: true } });
  }

  /** The facilitators of these consultations (those whose account still exists). */
  async facilitators(consultationIds: string[]): Promise<RoomFacilitator[]> {
    const rows = await this.manager
      .getRepository(ConsultationFacilitatorEntity)
      .find({ where: { consultationId: In(consultationIds) }, relations: { user: true } });
    return rows.flatMap((f) => (f.user ? [{ consultationId: f.consultationId, userId: f.userId, displayName: f.user.displayName }] : []));
  }

  async liveAccessFacts(roomId: string, userId: string | null): Promise<LiveAccessFacts | undefined> {
    const [row] = await this.manager.query(LIVE_ACCESS_SQL, [roomId, userId]);
    if (!row) return undefined;
    return {
      room: { id: row.id, status: row.status, slowModeSeconds: row.slow_mode_seconds, currentAgendaIndex: row.current_agenda_index },
      rules: { access: row.access, invitedCategories: row.invited_categories, invitedOrganisationIds: row.invited_organisation_ids },
      consultationStatus: row.consultation_status,
      user: row.user_id
        ? {
            id: row.user_id,
            displayName: row.display_name,
            category: row.category,
            country: row.country,
            role: row.role,
            emailVerified: Boolean(row.email_verified),
            consented: Boolean(row.consented),
          }
        : null,
      isFacilitator: Boolean(row.is_facilitator),
      isInvited: Boolean(row.is_invited),
      organisations: row.organisations,
    };
  }

  /** The rooms among `roomIds` the person accepted an invitation to. */
  async acceptedInvitations(userId: string, roomIds: string[]): Promise<Set<string>> {
    const rows: { target_id: string }[] = await this.manager.query(
      `SELECT target_id FROM invitations WHERE target_type = 'room' AND target_id = ANY($2::uuid[]) AND accepted_user_id = $1`,
      [userId, roomIds],
    );
    return new Set(rows.map((r) => r.target_id));
  }

  /** The raised hands, first come first (at most 200). */
  async hands(roomId: string): Promise<HandEntry[]> {
    const rows: { user_id: string; display_name: string; category: HandEntry['category']; hand_raised_at: Date }[] =
      await this.manager.query(
        `SELECT p.user_id, u.display_name, u.category, p.hand_raised_at FROM room_participants p JOIN users u ON u.id = p.user_id
        WHERE p.room_id = $1 AND p.hand_raised_at IS NOT NULL ORDER BY p.hand_raised_at, p.user_id LIMIT 200`,
        [roomId],
      );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      category: r.category,
      raisedAt: new Date(r.hand_raised_at).toISOString(),
    }));
  }

  /** The room's revision, hands and mutes; undefined when there is no such room. */
  async arrival(roomId: string): Promise<{ rev: number; hands: HandEntry[]; muted: string[] } | undefined> {
    const [row] = await this.manager.query(ARRIVAL_SQL, [roomId]);
    if (!row) return undefined;
    const hands = (row.hands as (HandEntry & { raisedAt: string })[]).map((h) => ({ ...h, raisedAt: new Date(h.raisedAt).toISOString() }));
    return { rev: Number(row.last_rev), hands, muted: row.muted };
  }

  /** Raises a hand (keeping its place when already up) or lowers it. */
  async setHand(roomId: string, userId: string, raised: boolean): Promise<void> {
    await this.manager.query(
      `INSERT INTO room_participants (room_id, user_id, hand_raised_at) VALUES ($1, $2, ${raised ? 'now()' : 'NULL'})
       ON CONFLICT (room_id, user_id) DO UPDATE SET hand_raised_at = ${raised ? 'coalesce(room_participants.hand_raised_at, now())' : 'NULL'}`,
      [roomId, userId],
    );
  }

  async muted(roomId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.manager.query(
      `SELECT user_id FROM room_participants WHERE room_id = $1 AND muted_at IS NOT NULL`,
      [roomId],
    );
    return rows.map((r) => r.user_id);
  }

  async userExists(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    return rows.length > 0;
  }

  /** Mutes (by `by`, lowering the person's hand) or unmutes a person in the room. */
  async setMuted(roomId: string, userId: string, muted: boolean, by: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO room_participants (room_id, user_id, muted_at, muted_by) VALUES ($1, $2, ${muted ? 'now()' : 'NULL'}, $3)
       ON CONFLICT (room_id, user_id) DO UPDATE SET muted_at = EXCLUDED.muted_at, muted_by = EXCLUDED.muted_by${muted ? ', hand_raised_at = NULL' : ''}`,
      [roomId, userId, muted ? by : null],
    );
  }

  /** Undefined when the room is closed (or missing). */
  async setSlowMode(roomId: string, seconds: number): Promise<LiveRow | undefined> {
    const [[row]] = await this.manager.query(
      `UPDATE rooms SET slow_mode_seconds = $2, updated_at = now() WHERE id = $1 AND status <> 'closed' RETURNING id, status, slow_mode_seconds, current_agenda_index`,
      [roomId, seconds],
    );
    return row ? toLiveRow(row) : undefined;
  }

  /** Moves to the next agenda item in one statement; undefined when the room is closed or at its last item. */
  async nextItem(roomId: string): Promise<LiveRow | undefined> {
    const [[row]] = await this.manager.query(
      `UPDATE rooms SET current_agenda_index = coalesce(current_agenda_index, -1) + 1, updated_at = now()
        WHERE id = $1 AND status <> 'closed' AND coalesce(current_agenda_index, -1) + 1 < jsonb_array_length(agenda)
        RETURNING id, status, slow_mode_seconds, current_agenda_index`,
      [roomId],
    );
    return row ? toLiveRow(row) : undefined;
  }

  async status(roomId: string): Promise<string | undefined> {
    const [room] = await this.manager.query(`SELECT status FROM rooms WHERE id = $1`, [roomId]);
    return room?.status;
  }
}
