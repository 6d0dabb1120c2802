import { Button, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Language } from '@polyphony/contracts';
import { LocalizedField } from '../../shared/localized';
import { dateTimeFormat } from '../../app/territory-time';

export function AgendaPanel({
  agenda,
  current,
  canMove,
  onNext,
}: {
  agenda: AgendaItem[];
  current: number | null;
  canMove: boolean;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('rooms');
  const lang = (i18n.resolvedLanguage ?? 'fr') as Language;
  const time = dateTimeFormat(lang, { timeStyle: 'short' });
  return (
    <Card component="section" aria-labelledby="agenda-title">
      <Title order={2} fz="md" id="agenda-title" mb="xs">
        {t('agenda.title')}
      </Title>
      {agenda.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('agenda.empty')}
        </Text>
      ) : (
        <List type="ordered" spacing={4} size="sm">
          {agenda.map((item, i) => (
            <List.Item key={i} aria-current={i === current ? 'step' : undefined} fw={i === current ? 700 : 400}>
              <time dateTime={item.startsAt}>{time.format(new Date(item.startsAt))}</time> ·{' '}
              <LocalizedField text={item.title} forced={lang} />
              {i === current && (
                <Text span size="xs" c="teal.9">
                  {' '}
                  — {t('agenda.current')}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {canMove && current !== null && current < agenda.length - 1 && (
        <Button mt="sm" size="xs" variant="light" onClick={onNext}>
          {t('agenda.next')}
        </Button>
      )}
    </Card>
  );
}
