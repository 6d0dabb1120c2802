import type { ReactNode } from 'react';
import { Anchor, Card, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContributionFate, FateStage } from '@polyphony/contracts';
import { StatusBadge } from '../../shared/StatusBadge';
import { pickText } from '../consultations/pickText';
import { dateTimeFormat } from '../../app/territory-time';

const COLOURS: Record<FateStage, string> = {
  received: 'gray',
  in_theme: 'blue',
  suggested: 'orange',
  in_draft: 'teal',
  included: 'green',
  not_retained: 'red',
  answered: 'blue',
};

/** One contribution and what became of it ("you said, we did"). */
export function FateItem({ fate }: { fate: ContributionFate }) {
  const { t, i18n } = useTranslation('plan');
  const consultation = fate.consultation ? pickText(fate.consultation.title) : null;
  const lines: ReactNode[] = [];
  for (const inc of fate.inclusions) {
    const text =
      inc.versionNumber !== null
        ? t(inc.kind === 'action' ? 'fates.includedAction' : 'fates.includedSection', { code: inc.code, version: inc.versionNumber })
        : t('fates.inDraft', { code: inc.code });
    lines.push(
      <>
        <Text span fw={600}>
          {text}
        </Text>
        {inc.title ? <Text span> — {inc.title}</Text> : null}
        {inc.removed ? (
          <Text span c="gray.7">
            {' '}
            {t('fates.removed')}
          </Text>
        ) : null}{' '}
        <Anchor
          component={Link}
          to={`/plans/${inc.planSlug}${inc.versionNumber ? `?version=${inc.versionNumber}` : ''}#s-${inc.sectionId}`}
          size="sm"
        >
          {t('fates.openPlan')}
        </Anchor>
      </>,
    );
  }
  for (const s of fate.suggestions) {
    if (s.status === 'rejected') lines.push(t('fates.notRetained', { reason: s.reason ?? '' }));
    else if (s.status === 'pending')
      lines.push(t('fates.suggested', { kind: t(`suggestionKinds.${s.kind}`), status: t(`suggestionStatuses.${s.status}`) }));
  }
  if (fate.answer?.text) lines.push(t('fates.answer', { text: fate.answer.text }));
  // The synthesis' leftovers have no label of their own.
  for (const th of fate.themes) lines.push(t('fates.theme', { label: th.label || t('synthesis:themes.other') }));
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <StatusBadge color={COLOURS[fate.stage]}>{t(`fates.stage.${fate.stage}`)}</StatusBadge>
          <Text size="xs" c="gray.7">
            {t(`sourceKinds.${fate.source}`)} · {dateTimeFormat(i18n.language, { dateStyle: 'short' }).format(new Date(fate.createdAt))}
            {consultation ? ` · ${consultation.text}` : ''}
          </Text>
        </Group>
        {fate.origin && (
          <Anchor component={Link} to={fate.origin.path} size="sm" fw={600}>
            {fate.origin.context ? t(`fates.origin.${fate.source}`, { context: fate.origin.context }) : t('fates.openSource')}
          </Anchor>
        )}
        <Text lang={fate.language === 'und' ? undefined : fate.language} style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
          {fate.text}
        </Text>
        {lines.length > 0 && (
          <List size="sm" spacing={4}>
            {lines.map((l, i) => (
              <List.Item key={i}>{l}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
