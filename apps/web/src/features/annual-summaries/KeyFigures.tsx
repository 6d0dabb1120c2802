import { Card, Group, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { SUMMARY_KEY_FIGURES, formatKey, keyDelta, type Language, type SummaryFigures } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

/** A dark amber that keeps 4.5:1 on white (Mantine's orange.9 does not). */
export const AMBER = '#8a4500';

/** The twelve headline figures, each with its change from the previous year in words (colour is never the only cue). */
export function KeyFigures({ figures, lang }: { figures: SummaryFigures; lang: Language }) {
  const { t } = useTranslation('summaries');
  const previous = figures.previous;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {SUMMARY_KEY_FIGURES.map((key) => {
          const d = keyDelta(key, figures.key[key], previous.key[key], lang);
          const Icon = d.direction === 'up' ? IconArrowUpRight : IconArrowDownRight;
          return (
            <Card key={key} component="li" withBorder padding="sm" radius="md">
              <Text fz={28} fw={800} c="civic.9" lh={1.15}>
                {formatKey(key, figures.key[key], lang, figures.participation.minCell)}
              </Text>
              <Text size="sm" fw={600}>
                {t(`key.${key}`)}
              </Text>
              <Group gap={6} mt={4} wrap="nowrap">
                {(d.direction === 'up' || d.direction === 'down') && (
                  <Icon size={16} stroke={2.2} color={d.direction === 'up' ? 'var(--mantine-color-teal-9)' : AMBER} aria-hidden />
                )}
                <Text size="xs" c={d.direction === 'up' ? 'teal.9' : d.direction === 'down' ? AMBER : 'gray.7'}>
                  {d.direction === 'up' || d.direction === 'down'
                    ? t('delta.change', { delta: d.text, year: previous.year })
                    : d.direction === 'same'
                      ? t('delta.same', { year: previous.year })
                      : t('delta.unknown', { year: previous.year })}
                </Text>
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
      <Text size="sm" c="gray.7" mt="xs">
        {previous.source === 'published'
          ? t('delta.againstPublished', { year: previous.year, version: previous.version })
          : t('delta.againstComputed', { year: previous.year })}
      </Text>
    </>
  );
}
