import { ActionIcon, Badge, Button, Group, Menu, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { IconDots, IconPin, IconStar, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTION_KINDS, ROOM_LIMITS, type ReactionKind, type RoomMessage } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { dateTimeFormat } from '../../app/territory-time';
import { TranslatedText } from '../../shared/translation/MachineTranslated';

export interface MessageActions {
  reply: (m: RoomMessage) => void;
  react: (m: RoomMessage, kind: ReactionKind, on: boolean) => void;
  edit: (m: RoomMessage, body: string) => Promise<string | null>;
  remove: (m: RoomMessage) => void;
  pin: (m: RoomMessage, pinned: boolean) => void;
  keyPoint: (m: RoomMessage, on: boolean) => void;
  hide: (m: RoomMessage) => void;
  mute: (userId: string, muted: boolean) => void;
}

/** Drawn icons, not emoji: they look the same everywhere, with or without an emoji font. */
const REACTION_ICON: Partial<Record<ReactionKind, typeof IconThumbUp>> = { agree: IconThumbUp, disagree: IconThumbDown };

/** One message: author, time, text (sanitised HTML from the server), reactions and the actions the reader may take. */
export function MessageItem({
  message: m,
  me,
  facilitator,
  canPost,
  muted,
  actions,
}: {
  message: RoomMessage;
  me: string | null;
  facilitator: boolean;
  canPost: boolean;
  muted: boolean;
  actions: MessageActions;
}) {
  const { t, i18n } = useTranslation('rooms');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const time = dateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'short' }).format(new Date(m.createdAt));
  const own = me !== null && m.author.id === me;
  const fresh = Date.now() - Date.parse(m.createdAt) < ROOM_LIMITS.editWindowSeconds * 1000;
  const gone = m.deleted || m.hidden;
  const headingId = `msg-${m.id}-author`;
  return (
    <article
      aria-labelledby={headingId}
      data-seq={m.seq}
      data-message-id={m.id}
      tabIndex={-1}
      className="room-message"
      style={{
        padding: '8px 4px',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        background: m.keyPoint ? 'var(--mantine-color-yellow-0)' : undefined,
      }}
    >
      <Group gap="xs" wrap="wrap">
        <Text id={headingId} fw={700} size="sm">
          {m.author.displayName}
        </Text>
        <CategoryBadge category={m.author.category} />
        {m.author.organisation && (
          <Text size="xs" c="gray.7">
            {m.author.organisation.name}
          </Text>
        )}
        <Text size="xs" c="gray.7">
          <time dateTime={m.createdAt}>{time}</time>
        </Text>
        {m.pinned && (
          <Badge size="xs" variant="light" color="blue" c="dark.8" leftSection={<IconPin size={12} aria-hidden />}>
            {t('message.pinned')}
          </Badge>
        )}
        {m.keyPoint && (
          <Badge size="xs" variant="light" color="yellow" c="dark.8" leftSection={<IconStar size={12} aria-hidden />}>
            {t('message.keyPoint')}
          </Badge>
        )}
        {m.editedAt && !gone && (
          <Text size="xs" c="gray.7">
            {t('message.edited')}
          </Text>
        )}
        {muted && (
          <Badge size="xs" color="red" variant="light" c="dark.8">
            {t('presence.muted')}
          </Badge>
        )}
      </Group>
      {m.replyTo && (
        <Text size="xs" c="gray.7" ml="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', paddingLeft: 6 }}>
          {t('message.replyTo', { name: m.replyTo.authorName })}
          {m.replyTo.excerpt ? ` — ${m.replyTo.excerpt}` : ''}
        </Text>
      )}
      {m.hidden ? (
        <Text size="sm" fs="italic" c="gray.7">
          {t('message.hidden', { reason: m.hidden.reason })}
        </Text>
      ) : m.deleted ? (
        <Text size="sm" fs="italic" c="gray.7">
          {t('message.deleted')}
        </Text>
      ) : editing !== null ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const err = await actions.edit(m, editing);
            if (err) setError(err);
            else setEditing(null);
          }}
        >
          <Textarea
            label={t('message.editLabel')}
            value={editing}
            onChange={(e) => setEditing(e.currentTarget.value)}
            maxLength={ROOM_LIMITS.messageMaxChars}
            autosize
            minRows={2}
            error={error}
            autoFocus
          />
          <Group gap="xs" mt={4}>
            <Button size="compact-sm" type="submit">
              {t('message.save')}
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(null)}>
              {t('message.cancel')}
            </Button>
          </Group>
        </form>
      ) : (
        <TranslatedText
          original={{ text: m.body ?? '', html: m.bodyHtml ?? '' }}
          from={m.translation?.from ?? m.language}
          translation={m.translation ? { text: m.translation.body, html: m.translation.bodyHtml, lang: m.translation.to } : null}
        >
          {(shown) => <div className="room-message__body" lang={shown.lang} dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />}
        </TranslatedText>
      )}
      {!gone && (
        <Group gap={4} mt={4}>
          {REACTION_KINDS.map((kind) => {
            const on = m.myReactions.includes(kind);
            const Icon = REACTION_ICON[kind];
            return (
              <Button
                key={kind}
                size="compact-xs"
                variant={on ? 'filled' : 'default'}
                aria-pressed={on}
                disabled={!canPost}
                onClick={() => actions.react(m, kind, !on)}
                leftSection={Icon && <Icon size={14} stroke={1.8} aria-hidden />}
              >
                {/* The name starts with what is seen (the count), so voice control users can say it. */}
                {Icon ? (
                  <>
                    {m.reactions[kind]}
                    <VisuallyHidden>{` ${t(`experience:reactions.${kind}`)}`}</VisuallyHidden>
                  </>
                ) : (
                  `+1 ${m.reactions[kind]}`
                )}
              </Button>
            );
          })}
          {canPost && (
            <Button size="compact-xs" variant="subtle" onClick={() => actions.reply(m)}>
              {t('message.reply')}
            </Button>
          )}
          {own && fresh && canPost && editing === null && (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => {
                  setError(null);
                  setEditing(m.body ?? '');
                }}
              >
                {t('message.edit')}
              </Button>
              <Button size="compact-xs" variant="subtle" color="red.9" c="red.9" onClick={() => actions.remove(m)}>
                {t('message.delete')}
              </Button>
            </>
          )}
          {facilitator && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray.8" aria-label={t('facilitation.menu', { name: m.author.displayName })}>
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => actions.pin(m, !m.pinned)}>
                  {m.pinned ? t('facilitation.unpin') : t('facilitation.pin')}
                </Menu.Item>
                <Menu.Item onClick={() => actions.keyPoint(m, !m.keyPoint)}>
                  {m.keyPoint ? t('facilitation.unmarkKeyPoint') : t('facilitation.markKeyPoint')}
                </Menu.Item>
                <Menu.Item color="red.8" onClick={() => actions.hide(m)}>
                  {t('facilitation.hide')}
                </Menu.Item>
                {m.author.id && m.author.id !== me && (
                  <Menu.Item onClick={() => actions.mute(m.author.id!, !muted)}>
                    {muted
                      ? t('facilitation.unmute', { name: m.author.displayName })
                      : t('facilitation.mute', { name: m.author.displayName })}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
    </article>
  );
}
