import { Alert, Anchor, Badge, Grid, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language, Room, RoomMessage } from '@polyphony/contracts';
import { LocalizedField, LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { ApiError } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { AgendaPanel } from './AgendaPanel';
import { Composer } from './Composer';
import { ConnectionBadge } from './ConnectionBadge';
import { FacilitatorControls } from './FacilitatorControls';
import { HandQueue } from './HandQueue';
import { HideMessageModal } from './HideMessageModal';
import { MessageList } from './MessageList';
import type { MessageActions } from './MessageItem';
import { PresencePanel } from './PresencePanel';
import { RoomEnded } from './RoomEnded';
import { useSessionEnded } from '../auth/sessionEnded';
import { useRoom, useSetRoomStatus } from './useRooms';
import { useRoomLive } from './useRoomLive';
import type { RoomLiveClient, RoomSnapshot } from './RoomLiveClient';
import { TranslatedText } from '../../shared/translation/MachineTranslated';
import { dateTimeFormat } from '../../app/territory-time';

export function RoomPage() {
  const { id = '' } = useParams();
  const room = useRoom(id);
  const sessionEnded = useSessionEnded();
  const localize = useLocalize();
  if (room.isPending) return <PageLoader />;
  if (room.error instanceof ApiError && room.error.status === 404) return <NotFoundPage />;
  if (room.isError) return <ErrorAlert error={room.error} />;
  if (!room.data.can.enter) {
    // Read again once the session ended: say that, rather than why a stranger may not enter.
    if (sessionEnded) return <RoomEnded roomId={room.data.id} title={localize(room.data.title).text} why="session" />;
    return <RoomDoor room={room.data} />;
  }
  return <LiveRoom room={room.data} />;
}

/** A room the reader may not enter: its title as the page's heading, and why. */
function RoomDoor({ room }: { room: Room }) {
  const { t } = useTranslation('rooms');
  const localize = useLocalize();
  const title = localize(room.title).text;
  useDocumentTitle(title);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/rooms" size="sm">
        {t('room.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <Alert color="orange" title={t('room.cannotEnterTitle')}>
        {t('room.cannotEnter')}
      </Alert>
    </Stack>
  );
}

function LiveRoom({ room }: { room: Room }) {
  const { i18n } = useTranslation('rooms');
  const lang = (i18n.resolvedLanguage ?? 'fr') as Language;
  const localize = useLocalize();
  const title = localize(room.title).text;
  useDocumentTitle(title);
  const live = useRoomLive(room.id);
  if (!live.client || !live.snapshot) return <PageLoader />;
  if (live.snapshot.ended) return <RoomEnded roomId={room.id} title={title} why={live.snapshot.ended} />;
  return <LiveRoomView room={room} title={title} lang={lang} client={live.client} s={live.snapshot} announcement={live.announcement} />;
}

function LiveRoomView({
  room,
  title,
  lang,
  client,
  s,
  announcement,
}: {
  room: Room;
  title: string;
  lang: Language;
  client: RoomLiveClient;
  s: RoomSnapshot;
  announcement: string;
}) {
  const { t } = useTranslation('rooms');
  const localize = useLocalize();
  const tr = useTranslation('translation').t;
  const [replyTo, setReplyTo] = useState<RoomMessage | null>(null);
  const [hiding, setHiding] = useState<RoomMessage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const me = s.me?.userId ?? null;
  const facilitator = Boolean(s.me?.facilitator);
  const status = s.state?.status ?? room.status;
  const canPost = Boolean(s.me?.canPost) && status === 'open';
  const isMuted = me !== null && s.muted.includes(me);
  const fail = (err: string | null) => setNotice(err);

  const actions: MessageActions = useMemo(
    () => ({
      reply: (m) => setReplyTo(m),
      react: (m, kind, on) => void client.act('message:react', { messageId: m.id, kind, on }).then(fail),
      edit: (m, body) => client.act('message:edit', { messageId: m.id, body }),
      remove: (m) => void client.act('message:delete', { messageId: m.id }).then(fail),
      pin: (m, pinned) => void client.act('message:pin', { messageId: m.id, pinned }).then(fail),
      keyPoint: (m, keyPoint) => void client.act('message:key_point', { messageId: m.id, keyPoint }).then(fail),
      hide: (m) => setHiding(m),
      mute: (userId, muted) => void client.act('participant:mute', { userId, muted }).then(fail),
    }),
    [client],
  );

  const setStatus = useSetRoomStatus(room.id);

  const disabledReason = !me
    ? t('composer.signIn')
    : status === 'scheduled'
      ? t('composer.notOpen')
      : status === 'closed'
        ? t('composer.closed')
        : isMuted
          ? t('composer.muted')
          : !s.me?.canPost && s.joined
            ? t('composer.cannotPost')
            : null;
  const dates = dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/rooms" size="sm">
        {t('room.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={760}>
          <Group gap="xs">
            <Badge variant="light" color={status === 'open' ? 'teal' : status === 'closed' ? 'gray' : 'blue'} c="dark.8">
              {t(`status.${status}`)}
            </Badge>
            <Text size="sm" c="gray.7" component="div">
              <LocalizedField text={room.consultation.title} />
            </Text>
          </Group>
          <Title order={1} lang={localize(room.title).lang}>
            {title}
          </Title>
          <LocalizedMark value={localize(room.title)} />
          <Text size="sm" c="gray.7">
            {dates.format(new Date(room.startsAt))} – {dates.format(new Date(room.endsAt))} · {t('room.languages')}:{' '}
            {room.languages.map((l) => l.toUpperCase()).join(', ')}
            {room.facilitators.length > 0 && ` · ${t('room.facilitators')}: ${room.facilitators.map((f) => f.displayName).join(', ')}`}
          </Text>
        </Stack>
        <ConnectionBadge status={s.status} pending={s.outbox.length} />
      </Group>
      {/* The description through the reading rule: written in the reader's language, else translated and marked. */}
      {localize(room.description, { format: 'markdown', html: room.descriptionHtml }).state !== 'empty' && (
        <LocalizedText value={localize(room.description, { format: 'markdown', html: room.descriptionHtml })} html />
      )}
      {s.joinError && <Alert color="red">{s.joinError}</Alert>}
      {s.translation && (
        <Text size="sm" c="gray.7" data-testid="room-translation-note">
          {s.translation.available ? tr('rooms.on', { language: tr(`languages.${s.translation.language}`) }) : tr('rooms.off')}
        </Text>
      )}
      {notice && (
        <Alert color="orange" withCloseButton closeButtonLabel={t('room.dismiss')} onClose={() => setNotice(null)} role="alert">
          {notice}
        </Alert>
      )}
      {status === 'closed' && <Alert color="gray">{t('room.archive')}</Alert>}
      <VisuallyHidden>
        <div aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
      </VisuallyHidden>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            {s.pinned.length > 0 && (
              <section aria-labelledby="pinned-title">
                <Title order={2} fz="sm" id="pinned-title">
                  {t('room.pinned')}
                </Title>
                {s.pinned.slice(0, 3).map((m) => (
                  <TranslatedText
                    key={m.id}
                    original={{ text: m.body ?? '' }}
                    from={m.translation?.from ?? m.language}
                    translation={m.translation ? { text: m.translation.body, lang: m.translation.to } : null}
                  >
                    {(shown) => (
                      <Text size="sm" lineClamp={2}>
                        <strong>{m.author.displayName}</strong>: <span lang={shown.lang}>{shown.text}</span>
                      </Text>
                    )}
                  </TranslatedText>
                ))}
              </section>
            )}
            <Title order={2} fz="md">
              {t('room.conversation')}
            </Title>
            <MessageList
              messages={s.messages}
              outbox={s.outbox}
              hasOlder={s.hasOlder}
              loadingOlder={s.loadingOlder}
              onLoadOlder={() => void client.loadOlder()}
              me={me}
              facilitator={facilitator}
              canPost={canPost && !isMuted}
              muted={s.muted}
              actions={actions}
              onRetry={(cid) => client.retry(cid)}
              onDiscard={(cid) => client.discard(cid)}
            />
            <Composer
              roomId={room.id}
              replyTo={replyTo}
              onCancelReply={() => setReplyTo(null)}
              onSend={(body, replyToId) => client.send(body, replyToId)}
              disabledReason={disabledReason}
              slowModeSeconds={facilitator ? 0 : (s.state?.slowModeSeconds ?? 0)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            {(room.can.facilitate || room.can.export) && (
              <FacilitatorControls
                room={room}
                state={s.state}
                busy={setStatus.isPending}
                onStatus={(st) => setStatus.mutate(st, { onError: (e) => setNotice(e.message) })}
                onSlowMode={(seconds) => void client.act('room:slow_mode', { seconds }).then(fail)}
              />
            )}
            <AgendaPanel
              agenda={room.agenda}
              current={s.state?.currentAgendaIndex ?? room.currentAgendaIndex}
              canMove={facilitator && status === 'open'}
              onNext={() => void client.act('room:next_item', {}).then(fail)}
            />
            <HandQueue
              hands={s.hands}
              me={me}
              canRaise={canPost && !isMuted}
              facilitator={facilitator}
              onRaise={() => void client.act('hand:raise', {}).then(fail)}
              onLower={(userId) => void client.act('hand:lower', userId ? { userId } : {}).then(fail)}
            />
            <PresencePanel presence={s.presence} muted={s.muted} />
          </Stack>
        </Grid.Col>
      </Grid>
      <HideMessageModal
        message={hiding}
        onClose={() => setHiding(null)}
        onHide={(reason) => client.act('message:hide', { messageId: hiding!.id, reason })}
      />
    </Stack>
  );
}
