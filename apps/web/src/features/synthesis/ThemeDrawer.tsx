import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Drawer, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { StakeholderCategory, SynthesisTheme, ThemeContribution, ThemeFilters } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useCountryName } from '../../shared/useCountryName';
import { useCreateStatement } from './useStatements';
import { useContributionThemes, useSplitTheme, useThemeContributions } from './useSynthesis';
import { LoadMore } from '../../shared/LoadMore';

/** The themes one contribution is in: from a contribution back to its themes. */
function ItsThemes({ contributionId, onOpenTheme }: { contributionId: string; onOpenTheme: (themeId: string) => void }) {
  const { t } = useTranslation('synthesis');
  const themes = useContributionThemes(contributionId);
  if (themes.isPending) return <Loader size="xs" aria-label={t('loading')} />;
  return (
    <Group gap={6} data-testid="contribution-themes">
      <Text size="xs" fw={600}>
        {t('drawer.itsThemes')}
      </Text>
      {(themes.data ?? []).map((x) => (
        <Anchor key={x.themeId} component="button" type="button" size="xs" onClick={() => onOpenTheme(x.themeId)}>
          {x.label || t('themes.other')}
          {x.roomId ? ` (${t('drawer.room')})` : ''}
        </Anchor>
      ))}
    </Group>
  );
}

function ContributionItem({
  c,
  editable,
  picked,
  onPick,
  slug,
  onOpenTheme,
}: {
  c: ThemeContribution;
  editable: boolean;
  picked: boolean;
  onPick: (v: boolean) => void;
  slug: string;
  onOpenTheme: (id: string) => void;
}) {
  const { t } = useTranslation('synthesis');
  const country = useCountryName();
  const [showThemes, setShowThemes] = useState(false);
  const promote = useCreateStatement(slug);
  return (
    <Paper withBorder p="sm" component="li" data-testid="theme-contribution">
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          {editable && (
            <Checkbox
              aria-label={t('drawer.pick', { text: c.text.slice(0, 60) })}
              checked={picked}
              onChange={(e) => onPick(e.currentTarget.checked)}
              mt={3}
            />
          )}
          <div>
            <MachineTranslated text={c.text} from={c.language}>
              {(shown) => (
                <Text size="sm" lang={shown.lang} style={{ whiteSpace: 'pre-wrap' }}>
                  {shown.text}
                </Text>
              )}
            </MachineTranslated>
          </div>
        </Group>
        <Group gap={6}>
          <CategoryBadge category={c.category as StakeholderCategory} />
          {c.country && (
            <Badge variant="outline" c="gray.9" tt="none">
              {country(c.country)}
            </Badge>
          )}
          <Badge variant="outline" c="gray.9" tt="none">
            {t(`sources.${c.source}`, { defaultValue: c.source })}
          </Badge>
          {c.author && (
            <Text size="xs" c="gray.7">
              {c.author}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => setShowThemes((v) => !v)} aria-expanded={showThemes}>
            {t('drawer.showThemes')}
          </Button>
          {editable && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => promote.mutate({ contributionId: c.id })}
              loading={promote.isPending}
              disabled={promote.isSuccess}
            >
              {promote.isSuccess ? t('drawer.promoted') : t('drawer.promote')}
            </Button>
          )}
        </Group>
        {showThemes && <ItsThemes contributionId={c.id} onOpenTheme={onOpenTheme} />}
        <ErrorAlert error={promote.error} />
      </Stack>
    </Paper>
  );
}

/** A theme's contributions (provenance), with a split for officials. */
export function ThemeDrawer({
  slug,
  theme,
  filters,
  editable,
  onClose,
  onOpenTheme,
}: {
  slug: string;
  theme: SynthesisTheme | null;
  filters: ThemeFilters;
  editable: boolean;
  onClose: () => void;
  onOpenTheme: (id: string) => void;
}) {
  const { t } = useTranslation('synthesis');
  const list = useThemeContributions(slug, theme?.id, filters);
  const split = useSplitTheme(slug);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [label, setLabel] = useState('');
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const title = theme ? (theme.origin === 'other' ? t('themes.other') : theme.label) : '';
  return (
    <Drawer
      opened={Boolean(theme)}
      onClose={() => {
        setPicked(new Set());
        onClose();
      }}
      position="right"
      size="xl"
      title={t('drawer.title', { label: title })}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
    >
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          {t('drawer.lead', { count: theme?.filteredSize ?? 0 })}
        </Text>
        <ErrorAlert error={list.error} />
        {editable && picked.size > 0 && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              split.mutate(
                { themeId: theme!.id, contributionIds: [...picked], label },
                {
                  onSuccess: () => {
                    setPicked(new Set());
                    setLabel('');
                    onClose();
                  },
                },
              );
            }}
          >
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('drawer.splitLabel', { count: picked.size })}
                value={label}
                onChange={(e) => setLabel(e.currentTarget.value)}
                required
                maxLength={200}
                style={{ flex: 1 }}
              />
              <Button type="submit" loading={split.isPending}>
                {t('drawer.split')}
              </Button>
            </Group>
            <ErrorAlert error={split.error} />
          </form>
        )}
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
          {items.map((c) => (
            <ContributionItem
              key={c.id}
              c={c}
              slug={slug}
              editable={editable}
              onOpenTheme={onOpenTheme}
              picked={picked.has(c.id)}
              onPick={(v) =>
                setPicked((s) => {
                  const n = new Set(s);
                  if (v) n.add(c.id);
                  else n.delete(c.id);
                  return n;
                })
              }
            />
          ))}
        </Stack>
        {list.isPending && theme && <Loader aria-label={t('loading')} />}
        <LoadMore query={list} variant="default">
          {t('drawer.more')}
        </LoadMore>
      </Stack>
    </Drawer>
  );
}
