import { ActionIcon, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconUserMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '@polyphony/contracts';
import { StatusBadge } from '../../shared/StatusBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useMe } from '../auth/useMe';
import { useMembers, type useOrganisationActions } from './useOrganisation';
import { useCalendarDate } from '../../shared/useCalendarDate';

type Actions = ReturnType<typeof useOrganisationActions>;

function PendingRequest({ request, actions }: { request: Membership; actions: Actions }) {
  const { t } = useTranslation();
  const date = useCalendarDate('medium');
  const busy = actions.decide.isPending && actions.decide.variables?.userId === request.userId;
  return (
    <Card component="li" padding="md" bg="ochre.0" withBorder={false}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{request.displayName}</Text>
          <Text size="sm" c="dimmed">
            {date(request.createdAt)}
          </Text>
        </Group>
        {request.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            « {request.message} »
          </Text>
        )}
        <Group gap="xs" mt={4}>
          <Button
            size="xs"
            leftSection={<IconCheck size={16} aria-hidden />}
            loading={busy}
            aria-label={t('organisations.members.acceptAria', { name: request.displayName })}
            onClick={() => actions.decide.mutate({ userId: request.userId, decision: 'accept', role: 'member' })}
          >
            {t('organisations.members.accept')}
          </Button>
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            leftSection={<IconX size={16} aria-hidden />}
            disabled={busy}
            aria-label={t('organisations.members.refuseAria', { name: request.displayName })}
            onClick={() => actions.decide.mutate({ userId: request.userId, decision: 'refuse' })}
          >
            {t('organisations.members.refuse')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Active members for everyone; pending requests with accept / refuse for the organisation's admins. */
export function MembersPanel({ organisationId, isAdmin, actions }: { organisationId: string; isAdmin: boolean; actions: Actions }) {
  const { t } = useTranslation();
  const me = useMe();
  const members = useMembers(organisationId);
  const date = useCalendarDate('medium');
  const items = members.data?.items ?? [];
  const active = items.filter((m) => m.status === 'active');
  const pending = items.filter((m) => m.status === 'pending');

  return (
    <Stack gap="xl">
      {isAdmin && (
        <Card component="section" aria-labelledby="requests-title">
          <Stack gap="md">
            <Title order={2} fz="lg" id="requests-title">
              {t('organisations.members.requestsTitle', { count: pending.length })}
            </Title>
            <ErrorAlert error={actions.decide.error} />
            {pending.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('organisations.members.noRequests')}
              </Text>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {pending.map((request) => (
                  <PendingRequest key={request.userId} request={request} actions={actions} />
                ))}
              </Stack>
            )}
          </Stack>
        </Card>
      )}
      <Card component="section" aria-labelledby="members-title">
        <Stack gap="md">
          <Title order={2} fz="lg" id="members-title">
            {t('organisations.members.title', { count: active.length })}
          </Title>
          {members.isPending && <PageLoader />}
          <ErrorAlert error={members.error ?? (isAdmin ? actions.removeMember.error : null)} />
          <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {active.map((member) => (
              <Group
                key={member.userId}
                component="li"
                justify="space-between"
                py="xs"
                wrap="nowrap"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Stack gap={0}>
                  <Text fw={600}>{member.displayName}</Text>
                  <Text size="xs" c="dimmed">
                    {t('organisations.members.since', { date: date(member.decidedAt ?? member.createdAt) })}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  {member.role === 'admin' && <StatusBadge color="civic">{t('organisations.roles.admin')}</StatusBadge>}
                  {isAdmin && member.userId !== me.data?.id && (
                    <Tooltip label={t('organisations.members.removeAria', { name: member.displayName })}>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('organisations.members.removeAria', { name: member.displayName })}
                        onClick={() => actions.removeMember.mutate(member.userId)}
                      >
                        <IconUserMinus size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        </Stack>
      </Card>
    </Stack>
  );
}
