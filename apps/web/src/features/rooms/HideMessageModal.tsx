import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_LIMITS, type RoomMessage } from '@polyphony/contracts';

/** Hiding needs a reason, shown to everyone in place of the message. */
export function HideMessageModal({
  message,
  onClose,
  onHide,
}: {
  message: RoomMessage | null;
  onClose: () => void;
  onHide: (reason: string) => Promise<string | null>;
}) {
  const { t } = useTranslation('rooms');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened={Boolean(message)} onClose={onClose} title={t('hide.title')} closeButtonProps={{ 'aria-label': t('hide.cancel') }}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!reason.trim()) return setError(t('hide.required'));
          const err = await onHide(reason.trim());
          if (err) setError(err);
          else {
            setReason('');
            setError(null);
            onClose();
          }
        }}
      >
        <TextInput
          label={t('hide.reason')}
          description={t('hide.help')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={ROOM_LIMITS.hideReasonMaxChars}
          error={error}
          data-autofocus
          required
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('hide.cancel')}
          </Button>
          <Button type="submit" color="red.8">
            {t('hide.confirm')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
