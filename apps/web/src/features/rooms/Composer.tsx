import { Button, CloseButton, Group, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_LIMITS, type RoomMessage } from '@polyphony/contracts';

const draftKey = (roomId: string) => `polyphony.rooms.draft.${roomId}`;

/** The message box: Enter sends, Shift+Enter adds a line; the draft survives reloads and going offline. */
export function Composer({
  roomId,
  replyTo,
  onCancelReply,
  onSend,
  disabledReason,
  slowModeSeconds,
}: {
  roomId: string;
  replyTo: RoomMessage | null;
  onCancelReply: () => void;
  onSend: (body: string, replyToId?: string) => void;
  disabledReason: string | null;
  slowModeSeconds: number;
}) {
  const { t } = useTranslation('rooms');
  const [body, setBody] = useState(() => {
    try {
      return window.localStorage.getItem(draftKey(roomId)) ?? '';
    } catch {
      return '';
    }
  });
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    try {
      window.localStorage.setItem(draftKey(roomId), body);
    } catch {
      /* ignore */
    }
  }, [roomId, body]);
  useEffect(() => {
    if (replyTo) box.current?.focus();
  }, [replyTo]);

  const submit = () => {
    const text = body.trim();
    if (!text || disabledReason || text.length > ROOM_LIMITS.messageMaxChars) return;
    onSend(text, replyTo?.id);
    setBody('');
    onCancelReply();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-labelledby="composer-label"
    >
      {replyTo && (
        <Group gap="xs" mb={4} justify="space-between" wrap="nowrap">
          <Text size="sm" c="gray.8" lineClamp={1}>
            {t('composer.replyingTo', { name: replyTo.author.displayName })}: {replyTo.body}
          </Text>
          <CloseButton aria-label={t('composer.cancelReply')} onClick={onCancelReply} />
        </Group>
      )}
      <Textarea
        ref={box}
        id="composer"
        label={<span id="composer-label">{t('composer.label')}</span>}
        description={disabledReason ?? (slowModeSeconds > 0 ? t('composer.slowMode', { seconds: slowModeSeconds }) : t('composer.hint'))}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
          if (e.key === 'Escape' && replyTo) onCancelReply();
        }}
        autosize
        minRows={2}
        maxRows={8}
        disabled={Boolean(disabledReason)}
        error={body.length > ROOM_LIMITS.messageMaxChars ? t('composer.tooLong', { max: ROOM_LIMITS.messageMaxChars }) : undefined}
      />
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="gray.7" aria-live="off">
          {body.length} / {ROOM_LIMITS.messageMaxChars}
        </Text>
        <Button type="submit" disabled={Boolean(disabledReason) || !body.trim() || body.length > ROOM_LIMITS.messageMaxChars}>
          {t('composer.send')}
        </Button>
      </Group>
    </form>
  );
}
