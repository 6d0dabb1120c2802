import { useState } from 'react';
import { Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATES, INVITATION_TARGETS, type InvitationState, type InvitationTarget, isStaff } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { StatusBadge } from '../../shared/StatusBadge';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { AdminTabs } from '../admin/AdminTabs';
import { Forbidden } from '../admin/Forbidden';
import { InviteForms } from './InviteForms';
import { useInvitations, useInvite, useTargetOptions } from './useInvitations';
import { LoadMore } from '../../shared/LoadMore';

const STATE_COLOURS: Record<InvitationState, string> = {
  sent: 'gray',
  opened: 'civic',
  accepted: 'teal',
  expired: 'ochre',
  revoked: 'red',
};

function Invitations() {
  const { t } = useTranslation(['accounts', 'web']);
  const [targetType, setTargetType] = useState<InvitationTarget>('platform');
  const [targetId, setTargetId] = useState('');
  const [state, setState] = useState<InvitationState | ''>('');
  const options = useTargetOptions(targetType);
  const target = { targetType, targetId: targetType === 'platform' ? null : targetId || null };
  const list = useInvitations({ targetType, targetId: target.targetId ?? undefined, state: state || undefined });
  const { remind, revoke } = useInvite();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('invitations.title')} lead={t('invitations.lead')} />
      <AdminTabs />
      <Stack gap="lg">
        <Card component="section" aria-labelledby="invite-title">
          <Title order={2} size="h4" id="invite-title" mb="md">
            {t('invitations.newTitle')}
          </Title>
          <Group gap="md" align="flex-end" mb="lg">
            <NativeSelect
              label={t('invitations.target')}
              value={targetType}
              onChange={(e) => {
                setTargetType(e.currentTarget.value as InvitationTarget);
                setTargetId('');
              }}
              data={INVITATION_TARGETS.map((v) => ({ value: v, label: t(`invitations.targetTypes.${v}`) }))}
            />
            {targetType !== 'platform' && (
              <NativeSelect
                label={t('invitations.targetId')}
                value={targetId}
                onChange={(e) => setTargetId(e.currentTarget.value)}
                data={[{ value: '', label: '—' }, ...(options.data ?? [])]}
                style={{ flex: 1, minWidth: 220 }}
                required
              />
            )}
          </Group>
          <InviteForms target={target} ready={targetType === 'platform' || Boolean(targetId)} />
        </Card>

        <Card component="section" aria-labelledby="invitees-title">
          <Group justify="space-between" align="flex-end" mb="md">
            <Title order={2} size="h4" id="invitees-title">
              {t('invitations.list')}
            </Title>
            <NativeSelect
              label={t('invitations.stateFilter')}
              value={state}
              onChange={(e) => setState(e.currentTarget.value as InvitationState | '')}
              data={[
                { value: '', label: t('invitations.allStates') },
                ...INVITATION_STATES.map((s) => ({ value: s, label: t(`invitations.states.${s}`) })),
              ]}
            />
          </Group>
          <ErrorAlert error={list.error ?? remind.error ?? revoke.error} />
          {list.isPending && <PageLoader />}
          {list.isSuccess && items.length === 0 && <Text c="dimmed">{t('invitations.empty')}</Text>}
          {items.length > 0 && (
            <Table.ScrollContainer minWidth={680}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('invitations.columns.invitee')}</Table.Th>
                    <Table.Th scope="col">{t('invitations.columns.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('invitations.columns.state')}</Table.Th>
                    <Table.Th scope="col">{t('invitations.columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Th scope="row" fw={600}>
                        {i.name}
                        <Text size="xs" c="dimmed" fw={400}>
                          {i.email}
                        </Text>
                      </Table.Th>
                      <Table.Td>{i.organisation ?? ''}</Table.Td>
                      <Table.Td>
                        <StatusBadge color={STATE_COLOURS[i.state]}>{t(`invitations.states.${i.state}`)}</StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        {i.state !== 'accepted' && i.state !== 'revoked' && (
                          <Group gap={6} wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="default"
                              aria-label={`${t('invitations.remind')}: ${i.email}`}
                              onClick={() =>
                                remind.mutate(i.id, {
                                  onSuccess: () =>
                                    notifications.show({ color: 'civic', message: t('invitations.reminded', { email: i.email }) }),
                                })
                              }
                            >
                              {t('invitations.remind')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="default"
                              aria-label={`${t('invitations.revoke')}: ${i.email}`}
                              onClick={() =>
                                revoke.mutate(i.id, {
                                  onSuccess: () =>
                                    notifications.show({ color: 'civic', message: t('invitations.revoked', { email: i.email }) }),
                                })
                              }
                            >
                              {t('invitations.revoke')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore query={list} mt="md">
            {t('admin.outbox.loadMore')}
          </LoadMore>
        </Card>
      </Stack>
    </>
  );
}

function Gate() {
  return isStaff(useMe().data) ? <Invitations /> : <Forbidden />;
}

export function InvitationsPage() {
  return (
    <RequireAuth>
      <Gate />
    </RequireAuth>
  );
}
