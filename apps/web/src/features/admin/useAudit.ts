import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry, Page } from '@polyphony/contracts';
import { api } from '../../app/api-client';

export interface AuditFilters {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api<Page<AuditEntry>>('/api/admin/audit', { query: { ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
