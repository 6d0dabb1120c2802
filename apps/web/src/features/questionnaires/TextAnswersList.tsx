import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResultsQuery } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useCountryName } from '../../shared/useCountryName';
import { useTextAnswers } from './useQuestionnaire';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { LoadMore } from '../../shared/LoadMore';

/** Free-text answers of one question, newest first, with the page's filters; "show more" loads the next keyset page. */
export function TextAnswersList({ slug, questionId, filters }: { slug: string; questionId: string; filters: ResultsQuery }) {
  const { t } = useTranslation('questionnaires');
  const countryName = useCountryName();
  const query = useTextAnswers(slug, questionId, filters);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="xs">
      {query.isSuccess && items.length === 0 && <Text c="dimmed">{t('results.noTexts')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((a) => (
          <Paper key={a.id} component="li" withBorder p="sm">
            <MachineTranslated text={a.text} from={a.language}>
              {(shown) => (
                <Text style={{ whiteSpace: 'pre-wrap' }} lang={shown.lang}>
                  {shown.text}
                </Text>
              )}
            </MachineTranslated>
            <Group gap="xs" mt={6}>
              <CategoryBadge category={a.category} />
              {a.country && (
                <Text size="sm" c="dimmed">
                  {countryName(a.country)}
                </Text>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <LoadMore query={query} variant="light">
        {t('results.more')}
      </LoadMore>
    </Stack>
  );
}
