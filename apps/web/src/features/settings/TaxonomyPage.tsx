import { useState } from 'react';
import { ActionIcon, Alert, Button, Card, Group, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, TAXONOMY_KINDS, pickTranslation, type Language, type TaxonomyEntry, type TaxonomyKind } from '@polyphony/contracts';
import { currentLanguage, LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { useInstance } from './useInstance';
import { useTaxonomy, useTaxonomyMutations } from './useTaxonomy';

type Label = Partial<Record<Language, string>>;

function LabelInputs({
  label,
  onChange,
  languages,
  idPrefix,
}: {
  label: Label;
  onChange: (l: Label) => void;
  languages: Language[];
  idPrefix: string;
}) {
  const { t } = useTranslation('settings');
  return (
    <Group grow align="flex-start" gap="sm" wrap="wrap">
      {languages.map((lang) => (
        <TextInput
          key={lang}
          id={`${idPrefix}-${lang}`}
          label={t('taxonomyPage.labelIn', { language: LANGUAGE_NAMES[lang] })}
          value={label[lang] ?? ''}
          onChange={(e) => onChange({ ...label, [lang]: e.currentTarget.value })}
          miw={180}
          maxLength={200}
        />
      ))}
    </Group>
  );
}

function EntryRow({
  entry,
  languages,
  first,
  last,
  onMove,
}: {
  entry: TaxonomyEntry;
  languages: Language[];
  first: boolean;
  last: boolean;
  onMove: (dir: -1 | 1) => void;
}) {
  const { t } = useTranslation('settings');
  const { update, remove } = useTaxonomyMutations();
  const [label, setLabel] = useState<Label>(entry.label);
  const name = pickTranslation(entry.label, currentLanguage()) || entry.key;
  return (
    <Card withBorder padding="md" component="li" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {t('taxonomyPage.key', { key: entry.key })}
          </Text>
          <Group gap={4}>
            <ActionIcon variant="subtle" onClick={() => onMove(-1)} disabled={first} aria-label={t('taxonomyPage.up', { name })}>
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => onMove(1)} disabled={last} aria-label={t('taxonomyPage.down', { name })}>
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red.9"
              onClick={() => remove.mutate(entry.id)}
              loading={remove.isPending}
              aria-label={t('taxonomyPage.remove', { name })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <LabelInputs label={label} onChange={setLabel} languages={languages} idPrefix={`entry-${entry.id}`} />
        <Group>
          <Button
            size="xs"
            variant="light"
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { id: entry.id, body: { label } },
                { onSuccess: () => notifications.show({ color: 'teal', message: t('taxonomyPage.saved') }) },
              )
            }
          >
            {t('taxonomyPage.save')}
          </Button>
        </Group>
        <ErrorAlert error={remove.error ?? update.error} />
      </Stack>
    </Card>
  );
}

function KindPanel({ kind, entries, languages }: { kind: TaxonomyKind; entries: TaxonomyEntry[]; languages: Language[] }) {
  const { t } = useTranslation('settings');
  const { create, update } = useTaxonomyMutations();
  const [label, setLabel] = useState<Label>({});
  const move = async (index: number, dir: -1 | 1) => {
    const order = [...entries];
    const [item] = order.splice(index, 1);
    order.splice(index + dir, 0, item);
    // Positions become the list's order (entries may share a position).
    await Promise.all(
      order
        .filter((e, position) => e.position !== position)
        .map((e) => update.mutateAsync({ id: e.id, body: { position: order.indexOf(e) } })),
    );
  };
  const add = () =>
    create.mutate(
      { kind, label: Object.fromEntries(Object.entries(label).filter(([, v]) => v?.trim())) },
      { onSuccess: () => setLabel({}) },
    );
  return (
    <Stack gap="md" mt="md">
      <Text c="dimmed">{t(`taxonomyPage.help.${kind}`)}</Text>
      {entries.length === 0 && (
        <Alert color="civic" variant="light">
          {t('taxonomyPage.empty')}
        </Alert>
      )}
      <Stack component="ol" gap="sm" p={0} style={{ listStyle: 'none' }}>
        {entries.map((e, i) => (
          <EntryRow
            key={e.id}
            entry={e}
            languages={languages}
            first={i === 0}
            last={i === entries.length - 1}
            onMove={(dir) => void move(i, dir)}
          />
        ))}
      </Stack>
      <Card withBorder padding="md" bg="gray.0">
        <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), add())}>
          <Text fw={600}>{t('taxonomyPage.add')}</Text>
          <LabelInputs label={label} onChange={setLabel} languages={languages} idPrefix={`new-${kind}`} />
          <Group>
            <Button
              type="submit"
              leftSection={<IconPlus size={18} aria-hidden />}
              loading={create.isPending}
              disabled={!Object.values(label).some((v) => v?.trim())}
            >
              {t('taxonomyPage.addButton')}
            </Button>
          </Group>
          <ErrorAlert error={create.error} />
        </Stack>
      </Card>
    </Stack>
  );
}

function Taxonomy() {
  const { t } = useTranslation('settings');
  const me = useMe().data!;
  const taxonomy = useTaxonomy();
  const languages = useInstance().data?.territory?.languages ?? [...LANGUAGES];
  if (me.role !== 'admin') return <Alert color="civic">{t('settingsPage.adminsOnly')}</Alert>;
  return (
    <>
      <PageHeader
        title={t('taxonomyPage.title')}
        lead={t('taxonomyPage.lead')}
        actions={
          <Button component={Link} to="/monitoring" variant="subtle">
            {t('taxonomyPage.partners')}
          </Button>
        }
      />
      {taxonomy.isPending ? (
        <PageLoader />
      ) : taxonomy.isError ? (
        <ErrorAlert error={taxonomy.error} />
      ) : (
        <Tabs defaultValue="strategic_line" keepMounted={false}>
          <Tabs.List>
            {TAXONOMY_KINDS.map((k) => (
              <Tabs.Tab key={k} value={k}>
                {t(`taxonomyPage.kinds.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TAXONOMY_KINDS.map((k) => (
            <Tabs.Panel key={k} value={k}>
              <KindPanel kind={k} entries={taxonomy.data[k] ?? []} languages={languages} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </>
  );
}

/** The territory's own vocabulary, in its languages: strategic lines, regions, agendas, indicator units (admins). */
export function TaxonomyPage() {
  return (
    <RequireAuth>
      <Taxonomy />
    </RequireAuth>
  );
}
