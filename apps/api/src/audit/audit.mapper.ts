import type { AuditEntry } from '@polyphony/contracts';

/** An audit row with its actor's and target's names, as read. */
export interface AuditRow {
  id: string;
  action: AuditEntry['action'];
  details: Record<string, unknown> | null;
  created_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  target_user_id: string | null;
  target_name: string | null;
}

export const toAuditEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  action: r.action,
  actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? '' } : null,
  target: r.target_user_id ? { id: r.target_user_id, displayName: r.target_name ?? '' } : null,
  details: (r.details ?? {}) as AuditEntry['details'],
  createdAt: new Date(r.created_at).toISOString(),
});
