import { useInfiniteQuery } from '@tanstack/react-query';
import { ROUTES, type AuditAction } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export interface AuditFilters {
  actor?: string;
  /** One of AUDIT_ACTIONS (the select's value). */
  action?: string;
  from?: string;
  to?: string;
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      call(ROUTES.audit.list, { query: { ...filters, action: filters.action as AuditAction | undefined, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
