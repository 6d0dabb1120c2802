import { Box, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal, TaxonomyKind, VersionDiff } from '@polyphony/contracts';
import { useTaxonomyLabel } from '../settings/useTaxonomy';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDiff, useVersions } from './useProposals';
import { dateTimeFormat } from '../../app/territory-time';
import { TranslatedText } from '../../shared/translation/MachineTranslated';
import { useReaderLanguage } from '../../shared/translation/useMachineTranslation';

/** Fields whose values are taxonomy keys: the diff shows their labels in the reader's language. */
const TAXONOMY_FIELDS: Record<string, TaxonomyKind> = { strategicLine: 'strategic_line', regions: 'region', agendas: 'agenda' };
const KEY = /[a-z0-9]+(?:_[a-z0-9]+)*/g;

/** The changed fields, insertions and deletions marked (not only coloured). */
function DiffFields({ fields, lang }: { fields: VersionDiff['fields']; lang?: string }) {
  const { t } = useTranslation('proposals');
  const label = useTaxonomyLabel();
  const shown = (field: string, value: string) => {
    const kind = TAXONOMY_FIELDS[field];
    return kind ? value.replace(KEY, (key) => label(kind, key)) : value;
  };
  return (
    <Stack gap="sm">
      {fields.map((f) => (
        <Box key={f.field}>
          <Text fw={600} size="sm">
            {t(`page.fields.${f.field}`)}
          </Text>
          <Text component="div" size="sm" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
            {f.parts.map((part, i) =>
              part.added ? (
                <ins
                  key={i}
                  className="diff-added"
                  title={t('page.added')}
                  style={{ background: 'var(--mantine-color-green-1)', textDecoration: 'underline' }}
                >
                  {shown(f.field, part.value)}
                </ins>
              ) : part.removed ? (
                <del key={i} className="diff-removed" title={t('page.removed')} style={{ background: 'var(--mantine-color-red-1)' }}>
                  {shown(f.field, part.value)}
                </del>
              ) : (
                <span key={i}>{shown(f.field, part.value)}</span>
              ),
            )}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}

/** The diff in the reader's language (the diff between the versions' translations), marked, or the original one. */
function TranslatedDiff({ diff }: { diff: VersionDiff }) {
  const translated = diff.translation;
  return (
    <TranslatedText
      original={{ text: '' }}
      from={translated?.from ?? diff.language}
      translation={translated ? { text: '', lang: translated.to } : null}
    >
      {(shown) =>
        translated && shown.lang === translated.to ? (
          <DiffFields fields={translated.fields} lang={shown.lang} />
        ) : (
          <DiffFields fields={diff.fields} lang={shown.lang} />
        )
      }
    </TranslatedText>
  );
}

/**
 * The versions and a word diff between any two of them (insertions and deletions marked, not only coloured); for
 * a reader of another language, the diff between the versions' machine translations, marked, the original diff
 * one click away.
 */
export function VersionsPanel({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation('proposals');
  const versions = useVersions(p.id);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  useEffect(() => {
    if (p.version > 1) {
      setFrom(String(p.version - 1));
      setTo(String(p.version));
    }
  }, [p.version]);
  const reader = useReaderLanguage();
  const diff = useDiff(p.id, from ? Number(from) : null, to ? Number(to) : null, reader);
  if (!versions.data || versions.data.length < 2) return null;
  const options = versions.data.map((v) => ({
    value: String(v.number),
    label: `${t('page.version', { number: v.number, name: v.editor?.displayName ?? '—' })} · ${dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(v.createdAt))}`,
  }));

  return (
    <Card padding="lg">
      <Title order={2} size="h3" mb="sm">
        {t('page.versions')}
      </Title>
      <Group grow>
        <Select label={t('page.from')} value={from} onChange={setFrom} data={options} />
        <Select label={t('page.to')} value={to} onChange={setTo} data={options} />
      </Group>
      <ErrorAlert error={diff.error} />
      {diff.data && (
        <Stack gap="sm" mt="md" data-testid="version-diff">
          <Title order={3} size="h5">
            {t('page.diffTitle', { from: diff.data.from.number, to: diff.data.to.number })}
          </Title>
          {diff.data.fields.length === 0 && <Text>{t('page.noChanges')}</Text>}
          {diff.data.fields.length > 0 && <TranslatedDiff diff={diff.data} />}
        </Stack>
      )}
    </Card>
  );
}
