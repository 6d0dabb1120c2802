import { useState } from 'react';
import { ActionIcon, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_CATEGORIES, type InviteeInput } from '@polyphony/contracts';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { useOrganisationOptions } from './useInterviews';

export type InviteeRow = InviteeInput & { key: string; label?: string };

/** Invited institutions (on the platform or named) and people, with attendance. */
export function InviteesEditor({
  value,
  onChange,
  errors,
}: {
  value: InviteeRow[];
  onChange: (rows: InviteeRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('interviews');
  const [search, setSearch] = useState('');
  const orgs = useOrganisationOptions(search);
  const options = [
    ...value.filter((r) => r.organisationId && r.label).map((r) => ({ value: r.organisationId!, label: r.label! })),
    ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);
  const set = (index: number, patch: Partial<InviteeRow>) => onChange(value.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const add = (kind: 'platform' | 'named' | 'person') =>
    onChange([
      ...value,
      {
        key: crypto.randomUUID(),
        kind: kind === 'person' ? 'person' : 'organisation',
        attended: false,
        ...(kind === 'named' ? { name: '', category: null, country: null } : {}),
        ...(kind === 'platform' ? { organisationId: null } : {}),
      },
    ]);

  return (
    <Stack gap="sm">
      {value.length === 0 && <Text c="gray.7">{t('invitees.none')}</Text>}
      {value.map((row, i) => {
        const named = row.kind === 'organisation' && row.organisationId === undefined;
        const label = row.kind === 'person' ? t('invitees.person') : named ? t('invitees.named') : t('invitees.platform');
        return (
          <Card key={row.key} withBorder padding="sm" component="fieldset" aria-label={`${label} ${i + 1}`}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {label}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('invitees.remove', { n: i + 1 })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            {/* A platform organisation has one field: give it the whole row so long names are not cut. */}
            <SimpleGrid cols={{ base: 1, sm: row.kind === 'organisation' && !named ? 1 : 3 }}>
              {row.kind === 'organisation' && !named && (
                <Select
                  label={t('invitees.organisation')}
                  searchable
                  data={options}
                  value={row.organisationId ?? null}
                  searchValue={undefined}
                  onSearchChange={setSearch}
                  nothingFoundMessage={t('invitees.noOrganisation')}
                  error={errors[`invitees.${i}.organisationId`]}
                  onChange={(id) => set(i, { organisationId: id, label: options.find((o) => o.value === id)?.label })}
                />
              )}
              {(named || row.kind === 'person') && (
                <TextInput
                  label={row.kind === 'person' ? t('invitees.personName') : t('invitees.name')}
                  value={row.name ?? ''}
                  required
                  onChange={(e) => set(i, { name: e.currentTarget.value })}
                  error={errors[`invitees.${i}.name`]}
                />
              )}
              {named && (
                <>
                  <CategorySelect
                    label={t('invitees.category')}
                    categories={ORGANISATION_CATEGORIES}
                    required
                    value={row.category ?? ''}
                    onChange={(c) => set(i, { category: (c || null) as never })}
                    error={errors[`invitees.${i}.category`]}
                  />
                  <CountrySelect
                    label={t('invitees.country')}
                    required
                    value={row.country ?? ''}
                    onChange={(c) => set(i, { country: c || null })}
                    error={errors[`invitees.${i}.country`]}
                  />
                </>
              )}
              {row.kind === 'person' && (
                <TextInput label={t('invitees.role')} value={row.role ?? ''} onChange={(e) => set(i, { role: e.currentTarget.value })} />
              )}
            </SimpleGrid>
            <Checkbox
              mt="sm"
              label={t('invitees.attended')}
              checked={row.attended ?? false}
              onChange={(e) => set(i, { attended: e.currentTarget.checked })}
            />
          </Card>
        );
      })}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => add('platform')}>
          {t('invitees.addPlatform')}
        </Button>
        <Button variant="light" size="xs" onClick={() => add('named')}>
          {t('invitees.addNamed')}
        </Button>
        <Button variant="light" size="xs" onClick={() => add('person')}>
          {t('invitees.addPerson')}
        </Button>
      </Group>
    </Stack>
  );
}
