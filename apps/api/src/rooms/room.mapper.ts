import { REACTION_KINDS, type ReactionKind, type Room, type RoomMessage, type StakeholderCategory } from '@polyphony/contracts';
import { renderMarkdown, renderTranslatedMarkdown } from '../core/text/markdown';
import type { ModerationSubject } from '../moderation/moderation.service';
import type { RoomEntity } from './room.entity';

/** Columns of a message row joined with its author, organisation and the message it answers. */
export const MESSAGE_SELECT = `
  SELECT m.id, m.room_id, m.seq, m.rev, m.client_id, m.author_id, m.author_category, m.organisation_id, m.body, m.language,
         m.reply_to_id, m.agenda_index, m.reactions, m.pinned_at, m.key_point, m.hidden_at, m.hidden_reason,
         m.edited_at, m.deleted_at, m.created_at,
         u.display_name AS author_name, o.name AS organisation_name,
         r.seq AS reply_seq, ru.display_name AS reply_author, r.body AS reply_body,
         (r.hidden_at IS NOT NULL OR r.deleted_at IS NOT NULL) AS reply_gone
    FROM room_messages m
    LEFT JOIN users u ON u.id = m.author_id
    LEFT JOIN organisations o ON o.id = m.organisation_id
    LEFT JOIN room_messages r ON r.id = m.reply_to_id
    LEFT JOIN users ru ON ru.id = r.author_id`;

export interface MessageRow {
  id: string;
  room_id: string;
  seq: number;
  rev: number;
  client_id: string;
  author_id: string | null;
  author_category: StakeholderCategory;
  organisation_id: string | null;
  body: string;
  language: string;
  reply_to_id: string | null;
  agenda_index: number | null;
  reactions: Record<ReactionKind, number>;
  pinned_at: Date | null;
  key_point: boolean;
  hidden_at: Date | null;
  hidden_reason: string | null;
  edited_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
  author_name: string | null;
  organisation_name: string | null;
  reply_seq: number | null;
  reply_author: string | null;
  reply_body: string | null;
  reply_gone: boolean | null;
}

const EXCERPT = 140;
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** Rendered Markdown by message id and revision: everyone arriving in a room reads the same page. */
const rendered = new Map<string, string>();
function renderCached(id: string, rev: number, body: string): string {
  const key = `${id}:${rev}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(body);
    if (rendered.size >= 20_000) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}

/** A message as readers see it: hidden and deleted messages keep their place but lose their text. */
export function toRoomMessage(row: MessageRow, myReactions: ReactionKind[] = []): RoomMessage {
  const gone = Boolean(row.hidden_at || row.deleted_at);
  const reactions = { agree: 0, disagree: 0, plus_one: 0 };
  for (const kind of REACTION_KINDS) reactions[kind] = Number(row.reactions?.[kind] ?? 0);
  return {
    id: row.id,
    roomId: row.room_id,
    seq: Number(row.seq),
    rev: Number(row.rev),
    clientId: row.client_id,
    author: {
      id: row.author_id,
      displayName: row.author_name ?? '—',
      category: row.author_category,
      organisation: row.organisation_id && row.organisation_name ? { id: row.organisation_id, name: row.organisation_name } : null,
    },
    body: gone ? null : row.body,
    bodyHtml: gone ? null : renderCached(row.id, Number(row.rev), row.body),
    language: row.language,
    replyTo:
      row.reply_to_id && row.reply_seq != null
        ? {
            id: row.reply_to_id,
            seq: Number(row.reply_seq),
            authorName: row.reply_author ?? '—',
            excerpt: row.reply_gone ? null : excerpt(row.reply_body ?? ''),
          }
        : null,
    reactions,
    myReactions,
    pinned: Boolean(row.pinned_at),
    keyPoint: row.key_point,
    hidden: row.hidden_at ? { reason: row.hidden_reason ?? '', at: iso(row.hidden_at)! } : null,
    deleted: Boolean(row.deleted_at),
    agendaIndex: row.agenda_index,
    editedAt: iso(row.edited_at),
    createdAt: iso(row.created_at)!,
  };
}

export function toRoom(
  r: RoomEntity,
  extra: { consultation: { id: string; slug: string; title: Room['title'] }; facilitators: Room['facilitators']; can: Room['can'] },
): Room {
  return {
    id: r.id,
    consultationId: r.consultationId,
    consultation: extra.consultation,
    title: r.title,
    description: r.description,
    descriptionHtml: renderTranslatedMarkdown(r.description),
    agenda: r.agenda,
    currentAgendaIndex: r.currentAgendaIndex,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    languages: r.languages,
    access: r.access,
    invitedCategories: r.invitedCategories,
    invitedOrganisationIds: r.invitedOrganisationIds,
    status: r.status,
    slowModeSeconds: r.slowModeSeconds,
    facilitators: extra.facilitators,
    messageCount: r.lastSeq,
    openedAt: iso(r.openedAt),
    closedAt: iso(r.closedAt),
    can: extra.can,
  };
}

/** A message as the moderation queue lists it, linked to its room. */
export const toMessageSubject = (r: {
  id: string;
  room_id: string;
  body: string;
  author_id: string | null;
  display_name: string | null;
  hidden_at: Date | null;
}): ModerationSubject => ({
  excerpt: r.body,
  link: `/rooms/${r.room_id}`,
  authorId: r.author_id,
  authorName: r.display_name,
  hidden: Boolean(r.hidden_at),
});
