import { useState } from 'react';
import { Card, Code, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS } from '@polyphony/contracts';
import { useAudit } from './useAudit';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { AdminTabs } from './AdminTabs';
import { Forbidden } from './Forbidden';
import { DateField } from '../../shared/DateField';
import { LoadMore } from '../../shared/LoadMore';

function Audit() {
  const { t, i18n } = useTranslation('accounts');
  const [filters, setFilters] = useState({ actor: '', action: '', from: '', to: '' });
  const [actor] = useDebouncedValue(filters.actor.trim(), 300);
  const query = {
    actor: actor || undefined,
    action: filters.action || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
  const log = useAudit(query);
  const set = (key: keyof typeof filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('admin.audit.title')} lead={t('admin.audit.lead')} />
      <AdminTabs />
      <Stack gap="lg">
        <Card>
          <Group
            component="form"
            role="search"
            aria-label={t('admin.audit.title')}
            gap="md"
            align="flex-end"
            onSubmit={(e) => e.preventDefault()}
          >
            <TextInput
              label={t('admin.audit.actor')}
              type="search"
              value={filters.actor}
              onChange={(e) => set('actor')(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <NativeSelect
              label={t('admin.audit.action')}
              value={filters.action}
              onChange={(e) => set('action')(e.currentTarget.value)}
              data={[
                { value: '', label: t('admin.audit.allActions') },
                ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`admin.audit.actions.${a}`) })),
              ]}
            />
            <DateField label={t('admin.audit.from')} value={filters.from} onChange={(value) => set('from')(value)} />
            <DateField label={t('admin.audit.to')} value={filters.to} onChange={(value) => set('to')(value)} />
          </Group>
        </Card>
        <ErrorAlert error={log.error} />
        {log.isPending && <PageLoader />}
        {log.isSuccess && (
          <Card padding="md">
            {items.length === 0 ? (
              <Text c="dimmed" ta="center" py="lg">
                {t('admin.audit.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table striped verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('admin.audit.when')}</Table.Th>
                      <Table.Th scope="col">{t('admin.audit.actor')}</Table.Th>
                      <Table.Th scope="col">{t('admin.audit.action')}</Table.Th>
                      <Table.Th scope="col">{t('admin.audit.target')}</Table.Th>
                      <Table.Th scope="col">{t('admin.audit.details')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((entry) => (
                      <Table.Tr key={entry.id}>
                        <Table.Td>{date.format(new Date(entry.createdAt))}</Table.Td>
                        <Table.Td>{entry.actor?.displayName ?? t('admin.audit.system')}</Table.Td>
                        <Table.Td>{t(`admin.audit.actions.${entry.action}`)}</Table.Td>
                        <Table.Td>{entry.target?.displayName ?? ''}</Table.Td>
                        <Table.Td>
                          {Object.keys(entry.details).length > 0 && (
                            <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                              {Object.entries(entry.details)
                                .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
                                .join('\n')}
                            </Code>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        )}
        <LoadMore query={log}>{t('admin.outbox.loadMore')}</LoadMore>
      </Stack>
    </>
  );
}

function Gate() {
  return useMe().data?.role === 'admin' ? <Audit /> : <Forbidden />;
}

export function AuditPage() {
  return (
    <RequireAuth>
      <Gate />
    </RequireAuth>
  );
}
