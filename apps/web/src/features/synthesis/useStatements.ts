import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type PolisImportRequest, type VoteChoice } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export type { NextStatement } from '@polyphony/contracts';

export function useNextStatement(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['statements', slug, 'next'],
    queryFn: () => call(ROUTES.statements.next, { params: { id: slug } }),
    enabled,
  });
}

export function useStatementList(slug: string, enabled = true) {
  return useQuery({
    queryKey: ['statements', slug, 'list'],
    queryFn: () => call(ROUTES.statements.list, { params: { id: slug }, query: { limit: 100 } }),
    enabled,
  });
}

export function useOpinionMap(slug: string) {
  return useQuery({ queryKey: ['statements', slug, 'map'], queryFn: () => call(ROUTES.statements.map, { params: { id: slug } }) });
}

function useStatementMutation<A, R>(slug: string, fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['statements', slug] }) });
}

export function useVote(slug: string) {
  return useStatementMutation(slug, (a: { statementId: string; vote: VoteChoice }) =>
    call(ROUTES.statements.vote, { params: { statementId: a.statementId }, body: { vote: a.vote } }),
  );
}

export function useCreateStatement(slug: string) {
  return useStatementMutation(slug, (body: { text?: string; contributionId?: string }) =>
    call(ROUTES.statements.create, { params: { id: slug }, body }),
  );
}

export function useHideStatement(slug: string) {
  return useStatementMutation(slug, (a: { statementId: string; hidden: boolean }) =>
    call(ROUTES.statements.hide, { params: { statementId: a.statementId }, body: { hidden: a.hidden } }),
  );
}

export function usePolisImport(slug: string) {
  return useStatementMutation(slug, (body: PolisImportRequest) => call(ROUTES.statements.importPolis, { params: { id: slug }, body }));
}
