import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationTarget } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDecision } from './useModeration';

/** Hide / restore / dismiss with a reason (officials). */
export function ModerateButtons({
  targetType,
  targetId,
  hidden,
  onDone,
  dismiss = false,
}: {
  targetType: ModerationTarget;
  targetId: string;
  hidden: boolean;
  onDone?: () => void;
  dismiss?: boolean;
}) {
  const { t } = useTranslation('proposals');
  const [reason, setReason] = useState('');
  const decide = useDecision();
  const act = (action: 'hide' | 'restore' | 'dismiss') =>
    decide.mutate(
      { targetType, targetId, action, reason },
      {
        onSuccess: () => {
          setReason('');
          onDone?.();
        },
      },
    );
  return (
    <Group align="flex-end" gap="xs">
      <TextInput size="xs" label={t('page.moderationReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <Button
        size="xs"
        color={hidden ? 'green' : 'orange'}
        variant="light"
        disabled={reason.trim().length < 3}
        onClick={() => act(hidden ? 'restore' : 'hide')}
      >
        {hidden ? t('page.restore') : t('page.hide')}
      </Button>
      {dismiss && (
        <Button size="xs" variant="default" disabled={reason.trim().length < 3} onClick={() => act('dismiss')}>
          {t('moderation.dismiss')}
        </Button>
      )}
      <ErrorAlert error={decide.error} />
    </Group>
  );
}
