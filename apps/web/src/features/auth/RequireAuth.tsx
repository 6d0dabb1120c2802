import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from './useMe';
import { PageLoader } from '../../shared/PageLoader';
import { ErrorAlert } from '../../shared/ErrorAlert';

/** Shows its children to signed-in users; sends everyone else to /login, with a way back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
