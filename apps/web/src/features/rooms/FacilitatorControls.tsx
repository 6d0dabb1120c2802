import { Anchor, Button, Card, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvSeparatorChoice, useCsvSeparator } from '../../shared/CsvSeparatorChoice';
import { LANGUAGES, ROUTES, type Room, type RoomLiveState, type TranscriptQuery } from '@polyphony/contracts';
import { routeUrl } from '../../app/api-client';

const SLOW = [0, 10, 30, 60, 120, 300];
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Facilitation of the room as a whole: open or close it, slow mode, and (officials) the transcript. */
export function FacilitatorControls({
  room,
  state,
  onSlowMode,
  onStatus,
  busy,
}: {
  room: Room;
  state: RoomLiveState | null;
  onSlowMode: (seconds: number) => void;
  onStatus: (status: 'open' | 'closed') => void;
  busy: boolean;
}) {
  const { t } = useTranslation('rooms');
  const tr = useTranslation('translation').t;
  const [language, setLanguage] = useState<NonNullable<TranscriptQuery['language']>>('original');
  const [separator, setSeparator] = useCsvSeparator();
  const status = state?.status ?? room.status;
  return (
    <Card component="section" aria-labelledby="facilitation-title">
      <Title order={2} fz="md" id="facilitation-title" mb="xs">
        {t('facilitation.title')}
      </Title>
      <Stack gap="sm">
        {room.can.facilitate && status !== 'closed' && (
          <Group gap="xs">
            {status === 'scheduled' && (
              <Button size="xs" onClick={() => onStatus('open')} loading={busy}>
                {t('facilitation.open')}
              </Button>
            )}
            <Button size="xs" variant="outline" color="red.8" onClick={() => onStatus('closed')} loading={busy}>
              {t('facilitation.close')}
            </Button>
          </Group>
        )}
        {room.can.facilitate && status === 'open' && (
          <NativeSelect
            label={t('facilitation.slowMode')}
            value={String(state?.slowModeSeconds ?? 0)}
            onChange={(e) => onSlowMode(Number(e.currentTarget.value))}
            data={SLOW.map((s) => ({
              value: String(s),
              label: s === 0 ? t('facilitation.slowOff') : t('facilitation.slowSeconds', { count: s }),
            }))}
          />
        )}
        {room.can.facilitate && (
          <Anchor component={Link} to={`/rooms/${room.id}/synthesis`}>
            {t('facilitation.synthesis')}
          </Anchor>
        )}
        {room.can.export && (
          <NativeSelect
            label={tr('rooms.transcriptLanguage')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as NonNullable<TranscriptQuery['language']>)}
            data={[
              { value: 'original', label: tr('rooms.originals') },
              ...LANGUAGES.map((l) => ({ value: l, label: capitalise(tr(`languages.${l}`)) })),
            ]}
          />
        )}
        {room.can.export && (
          <Group gap="md" align="flex-end">
            <Anchor href={routeUrl(ROUTES.rooms.transcript, { params: { id: room.id }, query: { format: 'md', language } })} download>
              {t('facilitation.exportMd')}
            </Anchor>
            <Group gap="xs" align="flex-end">
              <Anchor
                href={routeUrl(ROUTES.rooms.transcript, { params: { id: room.id }, query: { format: 'csv', language, separator } })}
                download
              >
                {t('facilitation.exportCsv')}
              </Anchor>
              <CsvSeparatorChoice value={separator} onChange={setSeparator} />
            </Group>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
