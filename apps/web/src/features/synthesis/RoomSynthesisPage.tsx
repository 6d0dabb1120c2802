import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader';
import { RequireAuth } from '../auth/RequireAuth';
import { RoomSynthesisPanel } from './RoomSynthesisPanel';

/** A room's live synthesis on a page of its own (e.g. on a second screen beside the room). */
export function RoomSynthesisPage() {
  const { t } = useTranslation('synthesis');
  const { id = '' } = useParams();
  return (
    <RequireAuth>
      <Stack gap="lg">
        <Anchor component={Link} to={`/rooms/${id}`} size="sm">
          {t('live.back')}
        </Anchor>
        <PageHeader title={t('live.pageTitle')} lead={t('live.lead')} />
        <RoomSynthesisPanel roomId={id} />
      </Stack>
    </RequireAuth>
  );
}
