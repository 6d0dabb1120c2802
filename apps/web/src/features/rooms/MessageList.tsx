import { Button, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomMessage } from '@polyphony/contracts';
import type { OutboxItem } from './RoomLiveClient';
import { MessageItem, type MessageActions } from './MessageItem';

type Row = { kind: 'message'; message: RoomMessage } | { kind: 'outbox'; item: OutboxItem };

/**
 * The live list, virtualised (only the visible messages are in the page, so 10,000 stay fluid).
 * It follows new messages while the reader is at the bottom; arrow keys move from message to message.
 */
export function MessageList({
  messages,
  outbox,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  me,
  facilitator,
  canPost,
  muted,
  actions,
  onRetry,
  onDiscard,
}: {
  messages: RoomMessage[];
  outbox: OutboxItem[];
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  me: string | null;
  facilitator: boolean;
  canPost: boolean;
  muted: string[];
  actions: MessageActions;
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const { t } = useTranslation('rooms');
  const parent = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const firstSeq = useRef<number | null>(null);
  const rows: Row[] = [
    ...messages.map((message) => ({ kind: 'message' as const, message })),
    ...outbox.map((item) => ({ kind: 'outbox' as const, item })),
  ];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 96,
    overscan: 8,
    getItemKey: (i) =>
      rows[i].kind === 'message' ? (rows[i] as { message: RoomMessage }).message.id : (rows[i] as { item: OutboxItem }).item.clientId,
  });

  // Keep following the conversation while the reader is at the bottom.
  useLayoutEffect(() => {
    const first = messages[0]?.seq ?? null;
    const prepended = firstSeq.current !== null && first !== null && first < firstSeq.current;
    firstSeq.current = first;
    if (atBottom.current && rows.length && !prepended) virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
  }, [rows.length, messages, virtualizer]);

  useEffect(() => {
    const el = parent.current;
    if (!el) return;
    const onScroll = () => {
      atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
      if (el.scrollTop < 40 && hasOlder && !loadingOlder) onLoadOlder();
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [hasOlder, loadingOlder, onLoadOlder]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-index]');
    const index = current ? Number(current.dataset.index) : rows.length;
    const target = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : index + (e.key === 'ArrowDown' ? 1 : -1);
    if (target < 0 || target >= rows.length) return;
    e.preventDefault();
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() =>
      parent.current?.querySelector<HTMLElement>(`[data-index="${target}"] article, [data-index="${target}"] [data-outbox]`)?.focus(),
    );
  };

  return (
    <div>
      {hasOlder && (
        <Group justify="center" mb={4}>
          <Button size="compact-sm" variant="subtle" loading={loadingOlder} onClick={onLoadOlder}>
            {t('list.older')}
          </Button>
        </Group>
      )}
      <div
        ref={parent}
        role="feed"
        aria-busy={loadingOlder}
        aria-label={t('list.label')}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{
          height: 'min(60vh, 640px)',
          overflowY: 'auto',
          contain: 'strict',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 8,
        }}
      >
        {rows.length === 0 && (
          <Text c="dimmed" p="md">
            {t('list.empty')}
          </Text>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index];
            return (
              <div
                key={v.key}
                data-index={v.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)`, padding: '0 8px' }}
              >
                {row.kind === 'message' ? (
                  <MessageItem
                    message={row.message}
                    me={me}
                    facilitator={facilitator}
                    canPost={canPost}
                    muted={Boolean(row.message.author.id && muted.includes(row.message.author.id))}
                    actions={actions}
                  />
                ) : (
                  <div data-outbox tabIndex={-1} style={{ padding: '8px 4px', opacity: row.item.error ? 1 : 0.7 }}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {row.item.body}
                    </Text>
                    <Group gap="xs">
                      <Text size="xs" c={row.item.error ? 'red.8' : 'gray.7'}>
                        {row.item.error ? t('outbox.failed', { reason: row.item.error }) : t('outbox.sending')}
                      </Text>
                      {row.item.error && (
                        <Button size="compact-xs" variant="subtle" onClick={() => onRetry(row.item.clientId)}>
                          {t('outbox.retry')}
                        </Button>
                      )}
                      {row.item.error && (
                        <Button size="compact-xs" variant="subtle" color="red.9" c="red.9" onClick={() => onDiscard(row.item.clientId)}>
                          {t('outbox.discard')}
                        </Button>
                      )}
                    </Group>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
