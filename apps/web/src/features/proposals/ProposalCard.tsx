import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProposalSummary } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { SdgBadges } from './SdgBadges';
import { useTaxonomyLabel } from '../settings/useTaxonomy';
import { TranslatedText } from '../../shared/translation/MachineTranslated';
import { useMachineTranslation } from '../../shared/translation/useMachineTranslation';

/**
 * The title and excerpt in the reader's language: machine translated together under one mark, whose toggle
 * shows both originals.
 */
function CardTexts({ proposal: p }: { proposal: ProposalSummary }) {
  const title = useMachineTranslation({ text: p.title, from: p.language });
  const excerpt = useMachineTranslation({ text: p.excerpt, from: p.language });
  const translation = title.translation === null ? null : { text: title.translation, lang: title.to };
  const written = p.language !== 'und' ? p.language : undefined;
  return (
    <TranslatedText original={{ text: p.title }} from={title.from ?? p.language} translation={translation}>
      {(shown, showingOriginal) => {
        const translatedExcerpt = !showingOriginal && excerpt.translation !== null;
        return (
          <Stack gap="xs">
            <Anchor component={Link} to={`/proposals/${p.id}`} fw={700} size="lg" lang={shown.lang}>
              {shown.text}
            </Anchor>
            <Text size="sm" lineClamp={3} lang={translatedExcerpt ? excerpt.to : written}>
              {translatedExcerpt ? excerpt.translation : p.excerpt}
            </Text>
          </Stack>
        );
      }}
    </TranslatedText>
  );
}

export function ProposalCard({ proposal: p }: { proposal: ProposalSummary }) {
  const { t } = useTranslation('proposals');
  const label = useTaxonomyLabel();
  return (
    <Card padding="lg" component="article" data-testid="proposal-card">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <ProposalStatusBadge status={p.status} />
          {p.strategicLine && (
            <Text size="sm" c="dimmed">
              {label('strategic_line', p.strategicLine)}
            </Text>
          )}
        </Group>
        <CardTexts proposal={p} />
        <Group gap="xs">
          <Text size="sm">{t('card.by', { name: p.author.displayName })}</Text>
          <CategoryBadge category={p.author.category} />
        </Group>
        {p.organisations.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('card.with', { names: p.organisations.map((o) => o.name).join(', ') })}
          </Text>
        )}
        {p.sdgs.length > 0 && <SdgBadges sdgs={p.sdgs} />}
        <Group gap="md">
          <Text size="sm" fw={600}>
            {t('card.supports', { count: p.supportCount })}
          </Text>
          <Text size="sm">{t('card.comments', { count: p.commentCount })}</Text>
          {p.endorsementCount > 0 && <Text size="sm">{t('card.endorsements', { count: p.endorsementCount })}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}
