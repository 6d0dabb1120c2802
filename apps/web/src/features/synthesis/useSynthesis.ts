import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type ThemeFilters } from '@polyphony/contracts';
import { call } from '../../app/api-client';

/** Runs of a consultation, newest first; polls while one is queued or running. */
export function useSynthesisRuns(slug: string, roomId?: string) {
  return useQuery({
    queryKey: ['synthesis', slug, 'runs', roomId ?? ''],
    queryFn: () => call(ROUTES.synthesis.list, { params: { id: slug }, query: { roomId, limit: 10 } }),
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.status === 'queued' || r.status === 'running') ? 1000 : false),
  });
}

/** Themes of the latest finished run (or of `runId`), with filters. */
export function useWorkspace(slug: string, filters: ThemeFilters, runId?: string, roomId?: string, latestRunId?: string) {
  return useQuery({
    // The latest finished run is part of the key: when a new run finishes, its themes load.
    queryKey: ['synthesis', slug, 'workspace', runId ?? latestRunId ?? '', roomId ?? '', filters],
    queryFn: async () => (await call(ROUTES.synthesis.themes, { params: { id: slug }, query: { ...filters, runId, roomId } })).workspace,
  });
}

export function useStartRun(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (roomId?: string) => call(ROUTES.synthesis.create, { params: { id: slug }, body: roomId ? { roomId } : {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['synthesis', slug, 'runs'] }),
  });
}

/** After an edit, the workspace and everything about themes is read again. */
function useThemeMutation<A, R>(slug: string, fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['synthesis', slug] }) });
}

export function useMergeThemes(slug: string) {
  return useThemeMutation(slug, (a: { runId: string; themeIds: string[]; label?: string }) =>
    call(ROUTES.synthesis.merge, { params: { runId: a.runId }, body: { themeIds: a.themeIds, ...(a.label ? { label: a.label } : {}) } }),
  );
}

export function useRenameTheme(slug: string) {
  return useThemeMutation(slug, (a: { themeId: string; label: string }) =>
    call(ROUTES.synthesis.rename, { params: { themeId: a.themeId }, body: { label: a.label } }),
  );
}

export function useSplitTheme(slug: string) {
  return useThemeMutation(slug, (a: { themeId: string; contributionIds: string[]; label: string }) =>
    call(ROUTES.synthesis.split, { params: { themeId: a.themeId }, body: { contributionIds: a.contributionIds, label: a.label } }),
  );
}

/** A theme's contributions, page after page. */
export function useThemeContributions(slug: string, themeId: string | undefined, filters: ThemeFilters) {
  return useInfiniteQuery({
    queryKey: ['synthesis', slug, 'theme', themeId ?? '', filters],
    queryFn: ({ pageParam }) =>
      call(ROUTES.synthesis.contributions, { params: { themeId: themeId! }, query: { ...filters, limit: 20, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(themeId),
  });
}

/** The themes a contribution is in (latest run of each scope). */
export function useContributionThemes(contributionId: string | undefined) {
  return useQuery({
    queryKey: ['synthesis', 'contribution', contributionId ?? ''],
    queryFn: () => call(ROUTES.synthesis.contributionThemes, { params: { contributionId: contributionId! } }),
    enabled: Boolean(contributionId),
  });
}

/** The live synthesis of a room, polled every few seconds while the panel is shown. */
export function useLiveRoomSynthesis(roomId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['synthesis', 'live', roomId ?? ''],
    queryFn: () => call(ROUTES.synthesis.liveRoom, { params: { roomId: roomId! } }),
    enabled: Boolean(roomId) && enabled,
    refetchInterval: (q) => (q.state.data?.updating ? 1000 : 2500),
  });
}
