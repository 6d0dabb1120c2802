import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatKey, PUBLIC_MIN_CELL, type AnnualSummaryListItem, type Language } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { AMBER } from './KeyFigures';
import { LocalizedText, useLocalize } from '../../shared/localized';

/** A summary in a list: its year and plan, a few key figures, the start of its introduction, and the way in. */
export function SummaryCard({ item, lang, headingOrder = 3 }: { item: AnnualSummaryListItem; lang: Language; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('summaries');
  const draft = item.status === 'draft';
  const to = draft ? `/summaries/${item.plan.slug}/${item.year}/edit` : `/summaries/${item.plan.slug}/${item.year}`;
  const localize = useLocalize(lang);
  const teaser = localize(item.teaser);
  const title = t('heading', { year: item.year });
  return (
    <Card component="article" aria-label={title} withBorder padding="lg" radius="md">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start">
          <Title order={headingOrder} fz="h3">
            {title}
          </Title>
          {draft ? (
            <Badge color={AMBER} variant="outline">
              {t('list.draftBadge', { version: item.version })}
            </Badge>
          ) : item.version > 1 ? (
            <Badge color="gray.8" variant="outline">
              {t('list.versionBadge', { version: item.version })}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="gray.7" component="div">
          <LocalizedText component="span" value={localize(item.plan.title)} />
        </Text>
        <Group gap="lg" my={4}>
          {(['participants', 'contributions', 'actionProgress'] as const).map((k) => (
            <div key={k}>
              <Text fw={800} fz="xl" c="civic.9" lh={1.1}>
                {formatKey(k, item.key[k], lang, PUBLIC_MIN_CELL)}
              </Text>
              <Text size="xs" c="gray.8">
                {t(`key.${k}`)}
              </Text>
            </div>
          ))}
        </Group>
        {teaser.state !== 'empty' && (
          <Text size="sm" component="div">
            <LocalizedText value={teaser} className="summary-teaser" />
          </Text>
        )}
        <Group mt="auto" pt="xs">
          <Button
            component={Link}
            to={to}
            variant={draft ? 'filled' : 'light'}
            rightSection={<IconArrowRight size={16} aria-hidden />}
            aria-label={`${draft ? t('list.edit') : t('list.read')} — ${title}`}
          >
            {draft ? t('list.edit') : t('list.read')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
