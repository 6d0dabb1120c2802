import { isStaff } from '@polyphony/contracts';
import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { useMe } from '../auth/useMe';
import { useNotYetHeard } from './useInvitations';

/** On the stakeholder balance: institutions invited to the interviews that have not been heard yet. */
export function NotYetHeard({ consultationId }: { consultationId: string | undefined }) {
  const { t } = useTranslation('accounts');
  const allowed = isStaff(useMe().data);
  const pending = useNotYetHeard(consultationId, allowed);
  if (!allowed || !pending.data) return null;
  return (
    <Card component="section" aria-labelledby="not-yet-heard">
      <Stack gap="xs">
        <Title order={2} fz="lg" id="not-yet-heard">
          {t('invitations.pendingInstitutions')} ({pending.data.items.length})
        </Title>
        <Text size="sm" c="dimmed">
          {t('invitations.pendingInstitutionsLead')}
        </Text>
        {pending.data.items.length === 0 ? (
          <Text size="sm">{t('invitations.noPendingInstitutions')}</Text>
        ) : (
          <List spacing={6}>
            {pending.data.items.map((i) => (
              <List.Item key={i.id}>
                <Text span fw={600}>
                  {i.organisation ?? i.name}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  ({i.name}, {t(`invitations.states.${i.state}`)})
                </Text>{' '}
                <CategoryBadge category={i.category as never} />
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
