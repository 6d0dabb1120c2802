import type { ReactNode } from 'react';
import { Card, Group, List, Stack, Text, Title, Typography } from '@mantine/core';
import type { Evaluation, TranslatedText } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { useCalendarDate } from '../../shared/useCalendarDate';
import { AssessmentBadge, FollowUpBadge, PriorityBadge } from './EvaluationBadges';

/** "About: action X, indicator Y" under a finding or a recommendation. */
function Concerns({ ids, names }: { ids: string[]; names: Map<string, TranslatedText> }) {
  const { t } = useTranslation('accountability');
  const localize = useLocalize();
  const known = ids.filter((id) => names.has(id));
  if (!known.length) return null;
  return (
    <Text size="sm" c="gray.7">
      {t('evaluations.about', { list: known.map((id) => localize(names.get(id)).text).join(' · ') })}
    </Text>
  );
}

/**
 * One evaluation as the public reads it: what it covers and who made it, its summary, its findings
 * and its recommendations with the territory's follow-up. `followUpAction` lets officials answer.
 */
export function EvaluationCard({
  evaluation: e,
  names,
  headingLevel = 3,
  followUpAction,
}: {
  evaluation: Evaluation;
  names: Map<string, TranslatedText>;
  headingLevel?: 2 | 3;
  followUpAction?: (recommendationId: string) => ReactNode;
}) {
  const { t } = useTranslation('accountability');
  const date = useCalendarDate();
  const localize = useLocalize();
  const title = localize(e.title);
  const summary = localize(e.summary, { format: 'markdown', html: e.summaryHtml });
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <Card component="article" id={`evaluation-${e.id}`} withBorder padding="lg" aria-labelledby={`evaluation-${e.id}-title`}>
      <Stack gap="md">
        <div>
          <Title order={headingLevel} fz="lg" id={`evaluation-${e.id}-title`} lang={title.lang}>
            {title.text}
          </Title>
          <LocalizedMark value={title} />
          <Text size="sm" c="gray.7" mt={4}>
            {t(`evaluations.kind.${e.kind}`)} · {t('evaluations.period', { start: date(e.periodStart), end: date(e.periodEnd) })}
            {' · '}
            {t(`evaluations.evaluator.${e.evaluatorKind}`)}
            {e.evaluatorName ? ` — ${e.evaluatorName}` : ''}
            {e.evaluatedOn ? ` · ${t('evaluations.evaluatedOn', { date: date(e.evaluatedOn) })}` : ''}
          </Text>
        </div>
        {summary.state !== 'empty' && (
          <Typography>
            <LocalizedText value={summary} html />
          </Typography>
        )}
        {e.findings.length > 0 && (
          <section aria-labelledby={`evaluation-${e.id}-findings`}>
            <Title order={sub} fz="md" id={`evaluation-${e.id}-findings`} mb="xs">
              {t('evaluations.findings', { count: e.findings.length })}
            </Title>
            <List spacing="sm" listStyleType="none" pl={0}>
              {e.findings.map((f) => {
                const text = localize(f.text);
                return (
                  <List.Item key={f.id}>
                    <Group gap="xs" align="flex-start" wrap="nowrap" className="wrap-on-phone">
                      <AssessmentBadge value={f.assessment} w={112} />
                      <div>
                        <Text size="sm" component="div">
                          <LocalizedText value={text} />
                        </Text>
                        <Concerns ids={[...f.actionIds, ...f.indicatorIds]} names={names} />
                      </div>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          </section>
        )}
        {e.recommendations.length > 0 && (
          <section aria-labelledby={`evaluation-${e.id}-recommendations`}>
            <Title order={sub} fz="md" id={`evaluation-${e.id}-recommendations`} mb="xs">
              {t('evaluations.recommendations', { count: e.recommendations.length })}
            </Title>
            <List spacing="md" listStyleType="none" pl={0}>
              {e.recommendations.map((r) => {
                const text = localize(r.text);
                const response = r.followUp.response ? localize(r.followUp.response) : null;
                return (
                  <List.Item key={r.id}>
                    <Stack gap={4}>
                      <Group gap="xs" align="flex-start" wrap="nowrap" className="wrap-on-phone">
                        <PriorityBadge value={r.priority} w={168} />
                        <div>
                          <Text size="sm" component="div">
                            <LocalizedText value={text} />
                          </Text>
                          <Concerns ids={[...r.actionIds, ...r.indicatorIds]} names={names} />
                        </div>
                      </Group>
                      <Group gap="xs" pl={{ base: 0, xs: 176 }} align="flex-start" wrap="nowrap" className="wrap-on-phone">
                        <Text size="sm" fw={600}>
                          {t('evaluations.followUpLabel')}
                        </Text>
                        <FollowUpBadge value={r.followUp.status} />
                        {response && (
                          <Text size="sm" component="div">
                            <LocalizedText component="span" value={response} />
                            {r.followUp.respondedOn ? ` (${date(r.followUp.respondedOn)})` : ''}
                          </Text>
                        )}
                        {followUpAction?.(r.id)}
                      </Group>
                    </Stack>
                  </List.Item>
                );
              })}
            </List>
          </section>
        )}
      </Stack>
    </Card>
  );
}
