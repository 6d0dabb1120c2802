import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_CATEGORIES, type Proposal } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useMe } from '../auth/useMe';
import { useEndorse, useSupport } from './useProposals';

/** Support button, endorsements in an organisation's name, and counts per stakeholder category. */
export function SupportPanel({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation('proposals');
  const { t: tw } = useTranslation();
  const me = useMe();
  const [org, setOrg] = useState<string | null>(null);
  const support = useSupport(p.id);
  const endorse = useEndorse(p.id);
  const chosen = p.viewer.organisations.find((o) => o.id === org);
  const rows = STAKEHOLDER_CATEGORIES.filter((c) => p.supportsByCategory[c] || p.endorsementsByCategory[c]);

  return (
    <Card padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('page.supportTitle')}
      </Title>
      <Stack gap="sm">
        <Text size="xl" fw={700} aria-live="polite">
          {t('card.supports', { count: p.supportCount })}
        </Text>
        {!me.data && (
          <Text size="sm">
            <Link to={`/login?next=${encodeURIComponent(`/proposals/${p.id}`)}`}>{t('page.signIn')}</Link>
          </Text>
        )}
        {me.data &&
          p.can.support &&
          (p.viewer.supported ? (
            <Stack gap={4}>
              <Text size="sm">{t('page.supported')}</Text>
              <Button variant="default" onClick={() => support.mutate(false)} loading={support.isPending}>
                {t('page.unsupport')}
              </Button>
            </Stack>
          ) : (
            <Button onClick={() => support.mutate(true)} loading={support.isPending}>
              {t('page.support')}
            </Button>
          ))}
        {me.data && p.can.support && p.viewer.organisations.length > 0 && (
          <Group align="flex-end" gap="xs">
            <Select
              style={{ flex: 1 }}
              label={t('page.endorseAs')}
              value={org}
              onChange={setOrg}
              data={p.viewer.organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <Button
              variant="light"
              disabled={!chosen}
              onClick={() => chosen && endorse.mutate({ organisationId: chosen.id, on: !chosen.endorsed })}
            >
              {chosen?.endorsed ? t('page.unendorse') : t('page.endorse')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={support.error ?? endorse.error} />
        {p.endorsements.length > 0 && (
          <Text size="sm">
            {t('page.endorsedBy')} {p.endorsements.map((e) => e.organisation.name).join(', ')}
          </Text>
        )}
        {rows.length > 0 && (
          <Table striped withTableBorder>
            <Table.Caption>{t('page.byCategory')}</Table.Caption>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c}>
                  <Table.Th scope="row">{tw(`categories.${c}`)}</Table.Th>
                  <Table.Td>{p.supportsByCategory[c] ?? 0}</Table.Td>
                  <Table.Td>{p.endorsementsByCategory[c] ? t('card.endorsements', { count: p.endorsementsByCategory[c] }) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
