import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpinionMap, Page, PolisImportRequest, PolisImportResult, Statement, VoteChoice } from '@polyphony/contracts';
import { api } from '../../app/api-client';

const base = (slug: string) => `/api/consultations/${encodeURIComponent(slug)}`;

export interface NextStatement {
  statement: Statement | null;
  total: number;
  voted: number;
  canVote: boolean;
}

export function useNextStatement(slug: string, enabled: boolean) {
  return useQuery({ queryKey: ['statements', slug, 'next'], queryFn: () => api<NextStatement>(`${base(slug)}/statements/next`), enabled });
}

export function useStatementList(slug: string, enabled = true) {
  return useQuery({
    queryKey: ['statements', slug, 'list'],
    queryFn: () => api<Page<Statement>>(`${base(slug)}/statements`, { query: { limit: 100 } }),
    enabled,
  });
}

export function useOpinionMap(slug: string) {
  return useQuery({ queryKey: ['statements', slug, 'map'], queryFn: () => api<OpinionMap>(`${base(slug)}/opinion-map`) });
}

function useStatementMutation<A, R>(slug: string, fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['statements', slug] }) });
}

export function useVote(slug: string) {
  return useStatementMutation(slug, (a: { statementId: string; vote: VoteChoice }) =>
    api<Statement>(`/api/statements/${a.statementId}/vote`, { method: 'PUT', body: { vote: a.vote } }),
  );
}

export function useCreateStatement(slug: string) {
  return useStatementMutation(slug, (body: { text?: string; contributionId?: string }) =>
    api<Statement>(`${base(slug)}/statements`, { method: 'POST', body }),
  );
}

export function useHideStatement(slug: string) {
  return useStatementMutation(slug, (a: { statementId: string; hidden: boolean }) =>
    api<Statement>(`/api/statements/${a.statementId}/hidden`, { method: 'PUT', body: { hidden: a.hidden } }),
  );
}

export function usePolisImport(slug: string) {
  return useStatementMutation(slug, (body: PolisImportRequest) =>
    api<PolisImportResult>(`${base(slug)}/polis-import`, { method: 'POST', body }),
  );
}
