import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { CoauthorSearch } from './CoauthorSearch';
import { useAnswerCoauthorInvitation, useInviteCoauthor } from './useProposals';

/** Author, co-authors and co-signing organisations; invitations and their answers. */
export function CoauthorsPanel({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation('proposals');
  const [email, setEmail] = useState('');
  const [org, setOrg] = useState<string | null>(null);
  const invite = useInviteCoauthor(p.id);
  const answer = useAnswerCoauthorInvitation(p.id);
  const invitation = p.viewer.invitation;

  return (
    <Card padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('page.coauthors')}
      </Title>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>{p.author.displayName}</Text>
          <CategoryBadge category={p.author.category} />
          <Text size="sm" c="dimmed">
            {t('page.author')}
          </Text>
        </Group>
        {p.coauthors.map((c) => (
          <Group key={c.id} gap="xs" data-testid="coauthor">
            <Text fw={600}>{c.organisation?.name ?? c.user?.displayName}</Text>
            {c.organisation ? <CategoryBadge category={c.organisation.category} /> : c.user && <CategoryBadge category={c.user.category} />}
            {c.status !== 'accepted' && (
              <Text size="sm" c="dimmed">
                ({t(`page.${c.status}`)})
              </Text>
            )}
          </Group>
        ))}
        {invitation && (
          <Alert color="blue" variant="light" mt="sm">
            <Stack gap="xs">
              <Text>
                {invitation.organisation ? t('page.invitationOrg', { organisation: invitation.organisation.name }) : t('page.invitation')}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => answer.mutate({ invitationId: invitation.id, decision: 'accept' })}
                  loading={answer.isPending}
                >
                  {t('page.accept')}
                </Button>
                <Button size="xs" variant="default" onClick={() => answer.mutate({ invitationId: invitation.id, decision: 'decline' })}>
                  {t('page.decline')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <ErrorAlert error={answer.error ?? invite.error} />
        {p.can.invite && (
          <Stack gap="xs" mt="sm">
            <Title order={3} size="h5">
              {t('page.invite')}
            </Title>
            <CoauthorSearch proposalId={p.id} onPick={(body) => invite.mutate(body)} />
            <Text size="sm" c="dimmed">
              {t('page.orByEmail')}
            </Text>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                invite.mutate({ kind: 'person', email: email.trim() }, { onSuccess: () => setEmail('') });
              }}
            >
              <Group align="flex-end" gap="xs">
                <TextInput
                  style={{ flex: 1 }}
                  type="email"
                  required
                  label={t('page.inviteEmail')}
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                />
                <Button type="submit" variant="light" loading={invite.isPending}>
                  {t('page.invitePerson')}
                </Button>
              </Group>
            </form>
            {p.viewer.organisations.length > 0 && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  if (org) invite.mutate({ kind: 'organisation', organisationId: org });
                }}
              >
                <Group align="flex-end" gap="xs">
                  <Select
                    style={{ flex: 1 }}
                    label={t('page.inviteOrg')}
                    value={org}
                    onChange={setOrg}
                    data={p.viewer.organisations.map((o) => ({ value: o.id, label: o.name }))}
                  />
                  <Button type="submit" variant="light" disabled={!org}>
                    {t('page.inviteOrgSend')}
                  </Button>
                </Group>
              </form>
            )}
            {invite.isSuccess && (
              <Text size="sm" role="status">
                {t('page.invitedDone')}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
