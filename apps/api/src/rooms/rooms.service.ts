import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CreateRoomRequest, Room, RoomStatus, UpdateRoomRequest, roomListQuerySchema } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import type { UserEntity } from '../users/user.entity';
import type { RoomEntity } from './room.entity';
import { toRoom } from './room.mapper';
import { RoomsPolicy } from './rooms.policy';
import { RoomsRepository, type RoomPatch } from './rooms.repository';
import { RoomsBroadcaster } from './rooms.broadcaster';
import { isUuid } from '../core/http/params';
import type { Parsed } from '../core/errors/zod-validation';

/** What one person may do in one room, worked out once when they enter it. */
export interface RoomAccess {
  room: RoomEntity;
  consultation: ConsultationEntity;
  isFacilitator: boolean;
  canEnter: boolean;
  canFacilitate: boolean;
  /** Active memberships: the organisations the person may speak for. */
  organisations: { id: string; name: string }[];
  /** They accepted an invitation to this room. */
  invited: boolean;
}

/** `RoomAccess` for the live room, with the person as read in the same query. */
export interface LiveRoomAccess {
  user: (Pick<UserEntity, 'id' | 'displayName' | 'category' | 'country' | 'role'> & { emailVerified: boolean; consented: boolean }) | null;
  room: Pick<RoomEntity, 'id' | 'status' | 'slowModeSeconds' | 'currentAgendaIndex'>;
  isFacilitator: boolean;
  canEnter: boolean;
  canFacilitate: boolean;
  organisations: { id: string; name: string }[];
}

@Injectable()
export class RoomsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly broadcaster: RoomsBroadcaster,
  ) {}

  private get repo() {
    return new RoomsRepository(this.db.manager);
  }

  /** The room or a 404 when it does not exist or its consultation is hidden from the viewer. */
  async access(roomId: string, user?: Pick<UserEntity, 'id' | 'role' | 'category'>): Promise<RoomAccess> {
    if (!isUuid(roomId)) throw AppError.notFound();
    const room = await this.repo.findWithConsultation(roomId);
    if (!room?.consultation) throw AppError.notFound();
    const isFacilitator = user ? await this.consultations.isFacilitator(user.id, room.consultationId) : false;
    if (!ConsultationsPolicy.canSee(user as UserEntity | undefined, room.consultation.status, isFacilitator)) throw AppError.notFound();
    const organisations = user ? await this.repo.memberOrganisations(user.id) : [];
    const invited = user ? (await this.acceptedInvitations(user.id, [room.id])).has(room.id) : false;
    const canEnter = RoomsPolicy.canEnter(
      user,
      room,
      isFacilitator,
      organisations.map((o) => o.id),
      invited,
    );
    return {
      room,
      consultation: room.consultation,
      isFacilitator,
      canEnter,
      canFacilitate: RoomsPolicy.canFacilitate(user, isFacilitator),
      organisations,
      invited,
    };
  }

  /**
   * What `access` decides, for the live room (joining, facilitation events), in one indexed query:
   * the person read afresh (null when signed out or gone), the room, its consultation's status,
   * whether they facilitate it and the organisations they may speak for.
   */
  async liveAccess(roomId: string, userId: string | null): Promise<LiveRoomAccess> {
    if (!isUuid(roomId)) throw AppError.notFound();
    const facts = await this.repo.liveAccessFacts(roomId, userId);
    if (!facts) throw AppError.notFound();
    const { user, isFacilitator, organisations } = facts;
    const viewer = (user ?? undefined) as UserEntity | undefined;
    if (!ConsultationsPolicy.canSee(viewer, facts.consultationStatus, isFacilitator)) throw AppError.notFound();
    return {
      user,
      room: facts.room,
      isFacilitator,
      canEnter: RoomsPolicy.canEnter(
        viewer,
        facts.rules,
        isFacilitator,
        organisations.map((o) => o.id),
        facts.isInvited,
      ),
      canFacilitate: RoomsPolicy.canFacilitate(viewer, isFacilitator),
      organisations,
    };
  }

  async get(id: string, viewer?: UserEntity): Promise<Room> {
    const a = await this.access(id, viewer);
    const [view] = await this.views([a.room], viewer, new Map([[a.room.id, a]]));
    return view;
  }

  /** Rooms of every consultation the viewer can see, newest first. */
  async list(query: Parsed<typeof roomListQuerySchema>, viewer?: UserEntity, consultationIdOrSlug?: string) {
    const consultationId = consultationIdOrSlug
      ? (await this.consultations.findForUser(consultationIdOrSlug, viewer)).consultation.id
      : undefined;
    const after = decodeCursor(query.cursor, 2);
    const rows = await this.repo.page({
      consultationId,
      seesDrafts: RoomsPolicy.canEdit(viewer),
      viewerId: viewer?.id ?? null,
      status: query.status,
      after,
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (r) => [r.startsAt.toISOString(), r.id]);
    return { items: await this.views(page.items, viewer), nextCursor: page.nextCursor };
  }

  async create(actor: UserEntity, consultationId: string, input: CreateRoomRequest): Promise<Room> {
    if (!RoomsPolicy.canCreate(actor)) throw AppError.forbidden();
    const { consultation } = await this.consultations.findForUser(consultationId, actor);
    const saved = await this.repo.insert({
      consultationId: consultation.id,
      title: input.title,
      description: input.description ?? {},
      agenda: input.agenda ?? [],
      currentAgendaIndex: input.agenda?.length ? 0 : null,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      languages: [...new Set(input.languages)],
      access: input.access ?? 'signed_in',
      invitedCategories: input.invitedCategories ?? [],
      invitedOrganisationIds: input.invitedOrganisationIds ?? [],
      status: 'scheduled',
      createdById: actor.id,
    });
    return this.get(saved.id, actor);
  }

  async update(actor: UserEntity, id: string, input: UpdateRoomRequest): Promise<Room> {
    if (!RoomsPolicy.canEdit(actor)) throw AppError.forbidden();
    const { room } = await this.access(id, actor);
    const fields: RoomPatch = {};
    for (const key of ['title', 'description', 'agenda', 'languages', 'access', 'invitedCategories', 'invitedOrganisationIds'] as const) {
      if (input[key] !== undefined) (fields as Record<string, unknown>)[key] = input[key];
    }
    if (input.startsAt) fields.startsAt = new Date(input.startsAt);
    if (input.endsAt) fields.endsAt = new Date(input.endsAt);
    const next = { ...room, ...fields };
    if (next.endsAt <= next.startsAt) throw AppError.validation([{ path: 'endsAt', code: 'invalid_dates' }]);
    if (next.access === 'invited' && !next.invitedCategories.length && !next.invitedOrganisationIds.length) {
      throw AppError.validation([{ path: 'invitedCategories', code: 'required' }]);
    }
    for (const lang of next.languages)
      if (!next.title[lang]?.trim()) throw AppError.validation([{ path: `title.${lang}`, code: 'translation_missing' }]);
    if (input.agenda)
      fields.currentAgendaIndex = input.agenda.length ? Math.min(room.currentAgendaIndex ?? 0, input.agenda.length - 1) : null;
    if (Object.keys(fields).length) await this.repo.update(room.id, fields);
    if (input.agenda) this.broadcaster.state(await this.repo.findById(room.id));
    return this.get(room.id, actor);
  }

  /** Open or close: officials and the consultation's facilitators. Everyone in the room is told at once. */
  async setStatus(actor: UserEntity, id: string, status: RoomStatus): Promise<Room> {
    const a = await this.access(id, actor);
    if (!a.canFacilitate) throw AppError.forbidden();
    if (!RoomsPolicy.canTransition(a.room.status, status))
      throw new AppError('rooms.invalid_transition', { fields: [{ path: 'status', code: 'invalid_option' }] });
    const stamp = status === 'open' ? { openedAt: new Date() } : status === 'closed' ? { closedAt: new Date() } : {};
    // Conditional update: two facilitators racing on the same transition cannot both win.
    if (!(await this.repo.transition({ id: a.room.id, from: a.room.status, status, ...stamp }))) throw AppError.conflict();
    const room = await this.repo.findById(a.room.id);
    this.broadcaster.state(room);
    return this.get(room.id, actor);
  }

  /** The rooms among `roomIds` the person accepted an invitation to (issue 14: invitations to a closed room). */
  private async acceptedInvitations(userId: string, roomIds: string[]): Promise<Set<string>> {
    return this.repo.acceptedInvitations(userId, roomIds);
  }

  /** Consultation titles, facilitators and the viewer's standing for a whole page in a fixed number of queries. */
  private async views(rooms: RoomEntity[], viewer?: UserEntity, known = new Map<string, RoomAccess>()): Promise<Room[]> {
    if (!rooms.length) return [];
    const consultationIds = [...new Set(rooms.map((r) => r.consultationId))];
    const repo = this.repo;
    const [consultations, facilitators, memberOf, invitedTo] = await Promise.all([
      repo.consultations(consultationIds),
      repo.facilitators(consultationIds),
      viewer && !known.size ? repo.activeOrganisationIds(viewer.id) : Promise.resolve([] as string[]),
      viewer && !known.size
        ? this.acceptedInvitations(
            viewer.id,
            rooms.map((r) => r.id),
          )
        : Promise.resolve(new Set<string>()),
    ]);
    return rooms.map((r) => {
      const c = consultations.find((x) => x.id === r.consultationId)!;
      const facs = facilitators.filter((f) => f.consultationId === r.consultationId);
      const isFacilitator = Boolean(viewer && facs.some((f) => f.userId === viewer.id));
      const orgIds = known.get(r.id)?.organisations.map((o) => o.id) ?? memberOf;
      const enter = RoomsPolicy.canEnter(viewer, r, isFacilitator, orgIds, known.get(r.id)?.invited ?? invitedTo.has(r.id));
      return toRoom(r, {
        consultation: { id: c.id, slug: c.slug, title: c.title },
        facilitators: facs.map((f) => ({ id: f.userId, displayName: f.displayName })),
        can: {
          enter,
          post: RoomsPolicy.canPost(viewer, enter, r.status),
          facilitate: RoomsPolicy.canFacilitate(viewer, isFacilitator),
          edit: RoomsPolicy.canEdit(viewer),
          export: RoomsPolicy.canExport(viewer),
        },
      });
    });
  }
}
