import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { HomeHero } from './HomeHero';
import { LoopSteps } from './LoopSteps';
import { TerritoryPanel } from './TerritoryPanel';
import { WhoTakesPart } from './WhoTakesPart';
import { LatestSummaries } from '../annual-summaries/LatestSummaries';
import { useTerritory } from './useTerritory';
import { useMe } from '../auth/useMe';
import { useLocalize } from '../../shared/localized';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useInstance } from '../settings/useInstance';
import { SetupPendingHome } from '../settings/SetupPendingHome';
import { PageLoader } from '../../shared/PageLoader';

export function HomePage() {
  const instance = useInstance();
  if (instance.isPending) return <PageLoader />;
  if (instance.data?.setupRequired) return <SetupPendingHome />;
  return <TerritoryHome />;
}

function TerritoryHome() {
  const { t } = useTranslation();
  const territory = useTerritory();
  const me = useMe();
  useDocumentTitle(t('home.documentTitle'));
  const localize = useLocalize();
  const territoryName = territory.data ? localize(territory.data.name).text : '';
  return (
    <Stack gap={56}>
      <HomeHero territoryName={territoryName} />
      <LoopSteps />
      <WhoTakesPart />
      <TerritoryPanel territory={territory.data} error={territory.error} loading={territory.isPending} />
      <LatestSummaries />
      <Card component="section" aria-labelledby="cta-title" padding="xl" bg="ochre.0" withBorder={false}>
        <Group justify="space-between" gap="lg">
          <Stack gap={6} maw={640}>
            <Title order={2} id="cta-title">
              {t('home.cta.title')}
            </Title>
            <Text>{me.data ? t('home.cta.textMember') : t('home.cta.text')}</Text>
          </Stack>
          <Group gap="sm">
            {!me.data && (
              <Button component={Link} to="/register" size="md">
                {t('home.cta.register')}
              </Button>
            )}
            <Button component={Link} to="/organisations" size="md" variant="outline">
              {t('home.cta.organisations')}
            </Button>
          </Group>
        </Group>
      </Card>
    </Stack>
  );
}
