import { Badge, Blockquote, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { LocalizedText, type Localized } from '../../shared/localized';
import type { SourcesSummary, StakeholderCategory } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useSources } from './usePlan';
import { LoadMore } from '../../shared/LoadMore';

/** The "sources" panel of an action or paragraph: counts per category and per source, then the quotes. */
export function SourcesDrawer({
  slug,
  sectionId,
  paragraphId,
  summary,
  label,
  title,
  opened,
  onClose,
}: {
  slug: string;
  sectionId: string;
  paragraphId?: string;
  summary: SourcesSummary;
  /** The section's code ("Action 2.3"). */
  label?: string;
  /** The section's title, marked when it is not in the reader's language. */
  title: Localized;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('plan');
  const { t: tw } = useTranslation();
  const sources = useSources(slug, sectionId, paragraphId, opened);
  const quotes = sources.data?.pages.flatMap((p) => p.quotes) ?? [];
  const shown = paragraphId !== undefined ? sources.data?.pages[0]?.summary : summary;
  const total = paragraphId !== undefined ? (summary.byParagraph[paragraphId] ?? 0) : summary.total;
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} fz="h4">
          {t('sources.title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': tw('common.close') }}
    >
      <Stack gap="md">
        <Text fw={600}>
          {label && `${label} — `}
          <LocalizedText value={title} component="span" />
        </Text>
        <Text>{t('sources.total', { count: total })}</Text>
        {shown && total > 0 && (
          <Group align="flex-start" grow>
            <Table aria-label={t('sources.byCategory')}>
              <Table.Caption>{t('sources.byCategory')}</Table.Caption>
              <Table.Tbody>
                {Object.entries(shown.byCategory).map(([category, n]) => (
                  <Table.Tr key={category}>
                    <Table.Th scope="row">
                      <CategoryBadge category={category as StakeholderCategory} />
                    </Table.Th>
                    <Table.Td ta="right">{n}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table aria-label={t('sources.bySource')}>
              <Table.Caption>{t('sources.bySource')}</Table.Caption>
              <Table.Tbody>
                {Object.entries(shown.bySource).map(([source, n]) => (
                  <Table.Tr key={source}>
                    <Table.Th scope="row">{t(`sourceKinds.${source}`)}</Table.Th>
                    <Table.Td ta="right">{n}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Group>
        )}
        <ErrorAlert error={sources.error} />
        {total === 0 && <Text c="dimmed">{t('sources.none')}</Text>}
        {quotes.length > 0 && (
          <Title order={3} fz="md">
            {t('sources.quotes')}
          </Title>
        )}
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {quotes.map((q) => (
            <li key={q.contributionId}>
              <Blockquote p="sm" color="gray">
                <MachineTranslated text={q.text} from={q.language}>
                  {(shown) => <Text lang={shown.lang}>{shown.text}</Text>}
                </MachineTranslated>
                <Group gap="xs" mt="xs">
                  <Text size="sm" fw={600}>
                    {q.author ?? t('sources.person')}
                  </Text>
                  <CategoryBadge category={q.category} />
                  <Badge variant="outline" color="gray" c="gray.8">
                    {t(`sourceKinds.${q.source}`)}
                  </Badge>
                </Group>
              </Blockquote>
            </li>
          ))}
        </Stack>
        <LoadMore query={sources} variant="light">
          {t('sources.more')}
        </LoadMore>
      </Stack>
    </Drawer>
  );
}
