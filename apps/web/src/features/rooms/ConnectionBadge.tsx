import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from './RoomLiveClient';

const COLORS: Record<ConnectionStatus, string> = { connecting: 'gray', online: 'teal', reconnecting: 'orange', offline: 'red' };

/** Connecting / live / reconnecting / offline, announced politely when it changes. */
export function ConnectionBadge({ status, pending }: { status: ConnectionStatus; pending: number }) {
  const { t } = useTranslation('rooms');
  return (
    <div role="status" aria-live="polite">
      <Badge color={COLORS[status]} variant="light" size="lg" c="dark.8">
        {t(`connection.${status}`)}
        {pending > 0 && status !== 'online' ? ` · ${t('connection.pending', { count: pending })}` : ''}
      </Badge>
    </div>
  );
}
