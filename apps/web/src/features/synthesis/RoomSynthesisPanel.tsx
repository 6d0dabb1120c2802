import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { BreakdownList } from './BreakdownList';
import { useLiveRoomSynthesis } from './useSynthesis';
import { dateTimeFormat } from '../../app/territory-time';

/**
 * The live synthesis of an open room for its facilitators and officials: themes of the messages
 * so far, updated a few seconds after new messages. Embeddable in the room page.
 */
export function RoomSynthesisPanel({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation('synthesis');
  const { t: tw } = useTranslation();
  const live = useLiveRoomSynthesis(roomId);
  const data = live.data;
  return (
    <Card component="section" aria-labelledby="live-title" padding="lg" withBorder data-testid="room-synthesis">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg" id="live-title">
            {t('live.title')}
          </Title>
          {data && (
            <Text size="xs" c="gray.7" aria-live="polite">
              {data.updating
                ? t('live.updating')
                : t('live.updated', {
                    time: dateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'medium' }).format(new Date(data.computedAt)),
                    count: data.messages,
                  })}
            </Text>
          )}
        </Group>
        <ErrorAlert error={live.error} />
        {data && data.themes.length === 0 && <Text c="gray.7">{t('live.empty', { count: data.messages })}</Text>}
        {data?.themes.map((theme) => (
          <Card key={theme.key} padding="sm" withBorder component="article">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <MachineTranslated text={theme.label} from={theme.labelLanguage}>
                {(shown) => (
                  <Title order={3} fz="sm" lang={shown.lang}>
                    {shown.text}
                  </Title>
                )}
              </MachineTranslated>
              <Badge variant="light" c="gray.9" style={{ flexShrink: 0 }}>
                {t('themes.size', { count: theme.size })}
              </Badge>
            </Group>
            <List size="xs" mt={4} spacing={2}>
              {theme.quotes.map((q) => (
                <List.Item key={q.id}>
                  {/* Messages are Markdown, rendered and sanitised by the server (the translation too). */}
                  <MachineTranslated text={q.text} html={q.html} from={q.language} format="markdown">
                    {(shown) =>
                      shown.html ? (
                        <div className="live-quote" lang={shown.lang} dangerouslySetInnerHTML={{ __html: shown.html }} />
                      ) : (
                        <span lang={shown.lang}>{shown.text}</span>
                      )
                    }
                  </MachineTranslated>
                </List.Item>
              ))}
            </List>
            <BreakdownList
              title={t('breakdown.category')}
              values={theme.byCategory}
              name={(k) => tw(`categories.${k}`, { defaultValue: t('breakdown.unknown') })}
            />
          </Card>
        ))}
        {data && data.answers.length > 0 && (
          <section aria-labelledby="live-answers-title">
            <Title order={3} fz="sm" id="live-answers-title">
              {t('live.answers')}
            </Title>
            <List size="xs" mt={4} spacing={2} data-testid="live-answers">
              {data.answers.map((a) => (
                <List.Item key={a.value}>{t('live.answer', { value: a.value, count: a.count })}</List.Item>
              ))}
            </List>
          </section>
        )}
        {data && data.other > 0 && data.themes.length > 0 && (
          <Text size="xs" c="gray.7">
            {t('live.other', { count: data.other })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
