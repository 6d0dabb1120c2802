import { Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_CATEGORIES, type Presence } from '@polyphony/contracts';

/** Who is here, with counts per stakeholder category. */
export function PresencePanel({ presence, muted }: { presence: Presence; muted: string[] }) {
  const { t } = useTranslation('rooms');
  const { t: tw } = useTranslation();
  const counts = STAKEHOLDER_CATEGORIES.map((c) => [c, presence.counts[c] ?? 0] as const).filter(([, n]) => n > 0);
  // The server lists at most PRESENCE_LIST_LIMIT people (facilitators, then the latest arrivals); the counts cover everyone.
  const shown = [...presence.entries].sort(
    (a, b) => Number(b.facilitator) - Number(a.facilitator) || a.displayName.localeCompare(b.displayName),
  );
  const more = Math.max(0, presence.total - shown.length);
  return (
    <Card component="section" aria-labelledby="presence-title">
      <Title order={2} fz="md" id="presence-title" mb="xs">
        {t('presence.title', { count: presence.total })}
      </Title>
      <Group gap={6} mb="sm" aria-label={t('presence.byCategory')} role="list">
        {counts.map(([c, n]) => (
          <Badge key={c} role="listitem" variant="light" color="gray" c="dark.8" tt="none">
            {tw(`categories.${c}`)} · {n}
          </Badge>
        ))}
        {presence.guests > 0 && (
          <Badge role="listitem" variant="outline" color="gray" c="dark.8" tt="none">
            {t('presence.guests', { count: presence.guests })}
          </Badge>
        )}
      </Group>
      <List size="sm" spacing={2} listStyleType="none" style={{ maxHeight: 260, overflowY: 'auto' }}>
        {shown.map((e) => (
          <List.Item key={e.userId}>
            <Text span fw={600} size="sm">
              {e.displayName}
            </Text>
            <Text span size="xs" c="gray.7">
              {' '}
              · {tw(`categories.${e.category}`)}
              {e.organisation ? ` · ${e.organisation}` : ''}
            </Text>
            {e.facilitator && (
              <Badge ml={6} size="xs" color="teal" c="dark.8" variant="light">
                {t('presence.facilitator')}
              </Badge>
            )}
            {muted.includes(e.userId) && (
              <Badge ml={6} size="xs" color="red" c="dark.8" variant="light">
                {t('presence.muted')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="xs" c="gray.7" mt={4} title={t('presence.listOrder')}>
          {t('presence.more', { count: more })}
        </Text>
      )}
    </Card>
  );
}
