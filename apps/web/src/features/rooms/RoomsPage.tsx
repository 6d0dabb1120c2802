import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language, RoomStatus } from '@polyphony/contracts';
import { LocalizedField, LocalizedMark, useLocalize } from '../../shared/localized';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useRooms } from './useRooms';
import { dateTimeFormat } from '../../app/territory-time';

function RoomSection({ status }: { status: RoomStatus }) {
  const { t, i18n } = useTranslation('rooms');
  const lang = (i18n.resolvedLanguage ?? 'fr') as Language;
  const localize = useLocalize();
  const rooms = useRooms(status);
  const dates = dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const id = `rooms-${status}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} fz="lg" id={id} mb="sm">
        {t(`list.section.${status}`)}
      </Title>
      {rooms.isPending ? (
        <PageLoader />
      ) : rooms.isError ? (
        <ErrorAlert error={rooms.error} />
      ) : rooms.data.items.length === 0 ? (
        <Text c="dimmed">{t('list.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {rooms.data.items.map((r) => (
            <Card key={r.id} component="article" withBorder>
              <Group gap="xs" mb={4}>
                <Badge variant="light" color={status === 'open' ? 'teal' : status === 'closed' ? 'gray' : 'blue'} c="dark.8">
                  {t(`status.${status}`)}
                </Badge>
                <Text size="xs" c="gray.7">
                  {t(`access.${r.access}`)}
                </Text>
              </Group>
              <Title order={3} fz="md">
                <Anchor component={Link} to={`/rooms/${r.id}`} lang={localize(r.title).lang}>
                  {localize(r.title).text}
                </Anchor>
              </Title>
              <LocalizedMark value={localize(r.title)} />
              <Text size="sm" c="gray.7" component="div">
                <LocalizedField text={r.consultation.title} />
              </Text>
              <Text size="sm">{dates.format(new Date(r.startsAt))}</Text>
              <Text size="xs" c="gray.7">
                {t('list.messages', { count: r.messageCount })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

export function RoomsPage() {
  const { t } = useTranslation('rooms');
  return (
    <Stack gap="xl">
      <PageHeader title={t('list.title')} lead={t('list.lead')} />
      <RoomSection status="open" />
      <RoomSection status="scheduled" />
      <RoomSection status="closed" />
    </Stack>
  );
}
