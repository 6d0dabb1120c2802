import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { SummaryView } from './SummaryView';
import { useSummary, type SummaryEdition } from './useSummaries';

const parseEdition = (value: string | null): SummaryEdition =>
  value === 'draft' ? 'draft' : value && /^\d+$/.test(value) ? Number(value) : undefined;

/** The public page of a year's summary (its latest version, or ?version=n); officials also reach the draft. */
export function SummaryPage() {
  const { t } = useTranslation('summaries');
  const { plan = '', year = '' } = useParams();
  const [params] = useSearchParams();
  const summary = useSummary(plan, Number(year), parseEdition(params.get('version')));
  useDocumentTitle(t('heading', { year }));
  if (summary.isPending) return <PageLoader />;
  if (summary.error instanceof ApiError && summary.error.status === 404) return <NotFoundPage />;
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  const s = summary.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/summaries" size="sm">
        {t('view.back')}
      </Anchor>
      {s.status === 'draft' && (
        <Alert color="orange" variant="light" title={t('view.previewTitle')} styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}>
          <Group justify="space-between">
            <Text size="sm">{t('view.previewText')}</Text>
            {s.can.edit && (
              <Button
                component={Link}
                to={`/summaries/${s.plan.slug}/${s.year}/edit`}
                size="xs"
                leftSection={<IconEdit size={14} aria-hidden />}
              >
                {t('view.edit')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <SummaryView summary={s} lang={currentLanguage()} />
    </Stack>
  );
}
