import { isStaff } from '@polyphony/contracts';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useMe } from '../auth/useMe';
import { FateItem } from '../my-contributions/FateItem';
import { useFates } from '../my-contributions/useFates';
import { LoadMore } from '../../shared/LoadMore';

/** "You said, we did" for an organisation: its interview statements and proposals, and their fate (members and officials). */
export function OrganisationFatesPanel({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('plan');
  const me = useMe();
  const allowed = organisation.myMembership?.status === 'active' || isStaff(me.data);
  const fates = useFates(organisation.id, allowed);
  const items = fates.data?.pages.flatMap((p) => p.items) ?? [];
  if (!allowed || fates.isPending || (!items.length && !fates.error)) return null;
  return (
    <Card component="section" aria-labelledby="org-fates">
      <Title order={2} fz="lg" id="org-fates" mb="xs">
        {t('fates.orgTitle')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('fates.orgIntro')}
      </Text>
      <ErrorAlert error={fates.error} />
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((f) => (
          <FateItem key={f.contributionId} fate={f} />
        ))}
      </Stack>
      <LoadMore query={fates} variant="light" mt="sm">
        {t('fates.loadMore')}
      </LoadMore>
    </Card>
  );
}
