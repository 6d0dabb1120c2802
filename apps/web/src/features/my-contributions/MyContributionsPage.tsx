import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { FateItem } from './FateItem';
import { useFates } from './useFates';
import { LoadMore } from '../../shared/LoadMore';

/** "You said, we did": every contribution of the signed-in person and its fate. */
export function MyContributionsPage() {
  return (
    <RequireAuth>
      <MyContributions />
    </RequireAuth>
  );
}

function MyContributions() {
  const { t } = useTranslation('plan');
  const fates = useFates();
  const items = fates.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('fates.title')} lead={t('fates.intro')} />
      {fates.isPending ? <PageLoader /> : <ErrorAlert error={fates.error} />}
      {!fates.isPending && !items.length && <Text c="dimmed">{t('fates.empty')}</Text>}
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((f) => (
          <FateItem key={f.contributionId} fate={f} />
        ))}
      </Stack>
      <LoadMore query={fates} variant="light" mt="md">
        {t('fates.loadMore')}
      </LoadMore>
    </>
  );
}
