import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Consultation, ConsultationStatus } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useConsultationActions } from './useConsultations';

type Action = 'publish' | 'close' | 'reopen' | 'archive';
const ACTIONS: Record<ConsultationStatus, Action[]> = {
  draft: ['publish'],
  published: ['close'],
  closed: ['reopen', 'archive'],
  archived: [],
};
const TARGET: Record<Action, ConsultationStatus> = { publish: 'published', close: 'closed', reopen: 'published', archive: 'archived' };

/** Publish, close, reopen or archive, each after a confirmation. */
export function StatusActions({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  const { setStatus } = useConsultationActions();
  const [pending, setPending] = useState<Action | null>(null);
  const confirm = () =>
    pending &&
    setStatus.mutate(
      { id: consultation.id, status: TARGET[pending] },
      {
        onSuccess: () => {
          notifications.show({ color: 'civic', message: t(`actions.${pending}.done`) });
          setPending(null);
        },
      },
    );
  return (
    <>
      <Group gap="sm">
        {ACTIONS[consultation.status].map((a) => (
          <Button
            key={a}
            variant={a === 'publish' ? 'filled' : 'outline'}
            color={a === 'archive' ? 'red' : undefined}
            onClick={() => {
              setStatus.reset();
              setPending(a);
            }}
          >
            {t(`actions.${a}.label`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending ? t(`actions.${pending}.label`) : ''}
        closeButtonProps={{ 'aria-label': t('actions.cancel') }}
      >
        <Stack>
          <Text>{pending && t(`actions.${pending}.confirm`)}</Text>
          <ErrorAlert error={setStatus.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={confirm} loading={setStatus.isPending} color={pending === 'archive' ? 'red' : undefined}>
              {pending && t(`actions.${pending}.label`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
