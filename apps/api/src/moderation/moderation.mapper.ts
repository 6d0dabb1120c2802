import type { ModerationItem, ModerationLogEntry } from '@polyphony/contracts';
import type { ModerationActionEntity } from './moderation-action.entity';
import type { CaseRow, ReasonRow } from './moderation.repository';
import type { ModerationSubject } from './moderation.service';

export const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** A case of the queue with what its handler says of the content and its open reports' reasons. */
export function toModerationItem(r: CaseRow, s: ModerationSubject | undefined, reasons: ReasonRow[]): ModerationItem {
  return {
    targetType: r.target_type,
    targetId: r.target_id,
    excerpt: s ? excerpt(s.excerpt) : '',
    link: s?.link ?? null,
    author: s?.authorId ? { id: s.authorId, displayName: s.authorName ?? '' } : null,
    openReports: r.open_reports,
    reasons: Object.fromEntries(reasons.map((x) => [x.reason, Number(x.n)])),
    details: reasons.flatMap((x) => x.details).slice(0, 10),
    hidden: r.hidden,
    lastReportAt: r.last_report_at ? new Date(r.last_report_at).toISOString() : null,
  };
}

export const toModerationLogEntry = (a: ModerationActionEntity): ModerationLogEntry => ({
  id: a.id,
  targetType: a.targetType,
  targetId: a.targetId,
  action: a.action,
  reason: a.reason,
  data: a.data,
  actor: a.actor ? { id: a.actor.id, displayName: a.actor.displayName } : null,
  at: a.createdAt.toISOString(),
});
