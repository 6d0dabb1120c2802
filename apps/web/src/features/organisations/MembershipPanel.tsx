import { useState } from 'react';
import { Alert, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconClock, IconCircleCheck } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useMe } from '../auth/useMe';
import type { useOrganisationActions } from './useOrganisation';

type Actions = ReturnType<typeof useOrganisationActions>;

/** The viewer's relation to the organisation: sign in, ask to join, pending, member (leave). */
export function MembershipPanel({ organisation, actions }: { organisation: Organisation; actions: Actions }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [message, setMessage] = useState('');
  const membership = organisation.myMembership;
  const error = actions.join.error ?? actions.removeMember.error;

  let body;
  if (!me.data) {
    body = (
      <Stack gap="sm">
        <Text>{t('organisations.membership.signedOut')}</Text>
        <Button component={Link} to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('nav.login')}
        </Button>
      </Stack>
    );
  } else if (membership?.status === 'active') {
    body = (
      <Stack gap="sm">
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {membership.role === 'admin' ? t('organisations.membership.admin') : t('organisations.membership.member')}
        </Alert>
        <Button
          variant="outline"
          color="red.9"
          loading={actions.removeMember.isPending}
          onClick={() => actions.removeMember.mutate(me.data!.id)}
        >
          {t('organisations.membership.leave')}
        </Button>
      </Stack>
    );
  } else if (membership?.status === 'pending') {
    body = (
      <Stack gap="sm">
        <Alert color="ochre" variant="light" icon={<IconClock aria-hidden />}>
          {t('organisations.membership.pending')}
        </Alert>
        <Button variant="subtle" loading={actions.removeMember.isPending} onClick={() => actions.removeMember.mutate(me.data!.id)}>
          {t('organisations.membership.cancel')}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        {membership?.status === 'refused' && (
          <Text size="sm" c="dimmed">
            {t('organisations.membership.refused')}
          </Text>
        )}
        <Text size="sm">{t('organisations.membership.joinText')}</Text>
        <Textarea
          label={t('organisations.membership.message')}
          autosize
          minRows={2}
          maxLength={1000}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <Button onClick={() => actions.join.mutate(message)} loading={actions.join.isPending}>
          {t('organisations.membership.join')}
        </Button>
      </Stack>
    );
  }

  return (
    <Card component="section" aria-labelledby="membership-title">
      <Stack gap="md">
        <Title order={2} fz="lg" id="membership-title">
          {t('organisations.membership.title')}
        </Title>
        <ErrorAlert error={error} />
        {body}
      </Stack>
    </Card>
  );
}
