import { useState } from 'react';
import { Badge, Blockquote, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { SynthesisTheme } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../shared/useCountryName';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { BreakdownList } from './BreakdownList';
import { useRenameTheme } from './useSynthesis';

interface Props {
  slug: string;
  theme: SynthesisTheme;
  editable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
}

/** One theme: label, size, quotes, breakdowns; select it to merge, rename it, open its contributions. */
export function ThemeCard({ slug, theme, editable, selected, onSelect, onOpen }: Props) {
  const { t } = useTranslation('synthesis');
  const { t: tw } = useTranslation();
  const country = useCountryName();
  const rename = useRenameTheme(slug);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(theme.label);
  const isOther = theme.origin === 'other';
  const title = isOther ? t('themes.other') : theme.label;
  const headingId = `theme-${theme.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} padding="lg" withBorder data-testid="theme-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          {isOther ? (
            <Title order={3} fz="md" id={headingId}>
              {title}
            </Title>
          ) : (
            // The engine names themes in its pivot language: the reader sees the label in theirs, marked.
            <MachineTranslated text={theme.label} from={theme.labelLanguage}>
              {(shown) => (
                <Title order={3} fz="md" id={headingId} lang={shown.lang}>
                  {shown.text}
                </Title>
              )}
            </MachineTranslated>
          )}
          <Badge variant="light" c="gray.9" style={{ flexShrink: 0 }}>
            {t('themes.size', { count: theme.filteredSize })}
          </Badge>
        </Group>
        <Group gap={6}>
          {theme.origin !== 'engine' && !isOther && (
            <Badge size="sm" variant="outline" c="gray.9">
              {t(`origin.${theme.origin}`)}
            </Badge>
          )}
          {theme.renamed && theme.origin === 'engine' && (
            <Badge size="sm" variant="outline" c="gray.9">
              {t('origin.renamed')}
            </Badge>
          )}
          {theme.filteredSize !== theme.size && (
            <Text size="xs" c="gray.7">
              {t('themes.ofTotal', { total: theme.size })}
            </Text>
          )}
        </Group>
        {theme.quotes.slice(0, 2).map((q) => (
          <Blockquote key={q.id} p="xs" fz="sm" color="gray" iconSize={0}>
            <MachineTranslated text={q.text} from={q.language}>
              {(shown) => <span lang={shown.lang}>{shown.text.length > 280 ? `${shown.text.slice(0, 279)}…` : shown.text}</span>}
            </MachineTranslated>
          </Blockquote>
        ))}
        <BreakdownList
          title={t('breakdown.category')}
          values={theme.byCategory}
          name={(k) => tw(`categories.${k}`, { defaultValue: t('breakdown.unknown') })}
        />
        <BreakdownList
          title={t('breakdown.country')}
          values={theme.byCountry}
          name={(k) => (k === 'unknown' ? t('breakdown.unknown') : country(k))}
        />
        <BreakdownList title={t('breakdown.language')} values={theme.byLanguage} name={(k) => t(`languages.${k}`, { defaultValue: k })} />
        <BreakdownList title={t('breakdown.source')} values={theme.bySource} name={(k) => t(`sources.${k}`, { defaultValue: k })} />
        {editing && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              rename.mutate({ themeId: theme.id, label }, { onSuccess: () => setEditing(false) });
            }}
          >
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('themes.newLabel')}
                value={label}
                onChange={(e) => setLabel(e.currentTarget.value)}
                maxLength={200}
                required
                style={{ flex: 1 }}
                data-autofocus
              />
              <Button type="submit" loading={rename.isPending}>
                {t('themes.save')}
              </Button>
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('themes.cancel')}
              </Button>
            </Group>
            <ErrorAlert error={rename.error} />
          </form>
        )}
        <Group gap="xs" justify="space-between">
          {editable && !isOther ? (
            <Checkbox label={t('themes.selectToMerge')} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
          ) : (
            <span />
          )}
          <Group gap="xs">
            {editable && !isOther && !editing && (
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                {t('themes.rename')}
              </Button>
            )}
            <Button size="compact-sm" onClick={onOpen} aria-label={t('themes.openNamed', { label: title })}>
              {t('themes.open')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
