import { Anchor, Box, Stack, Text } from '@mantine/core';
import type { Evaluation } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { LocalizedText, useLocalize } from '../../shared/localized';
import { AssessmentBadge, FollowUpBadge } from './EvaluationBadges';

/**
 * Under an action or an indicator: what the published evaluations said about it ("the intermediate
 * evaluation found...", "it recommended... — follow-up: in progress"), each linked to its evaluation.
 * Folded by default (a native disclosure, keyboard-ready) so the dashboard stays quick to read.
 */
export function EvaluationNotes({ evaluations, id }: { evaluations: Evaluation[]; id: string }) {
  const { t } = useTranslation('accountability');
  const localize = useLocalize();
  const notes = evaluations.flatMap((e) => [
    ...e.findings
      .filter((f) => f.actionIds.includes(id) || f.indicatorIds.includes(id))
      .map((f) => ({ e, key: f.id, text: f.text, finding: f, recommendation: null })),
    ...e.recommendations
      .filter((r) => r.actionIds.includes(id) || r.indicatorIds.includes(id))
      .map((r) => ({ e, key: r.id, text: r.text, finding: null, recommendation: r })),
  ]);
  if (!notes.length) return null;
  return (
    <Box component="details" mt={4} className="evaluation-notes">
      <Text component="summary" size="sm" fw={600} c="civic.8" style={{ cursor: 'pointer' }}>
        {t('evaluations.notes.summary', { n: notes.length })}
      </Text>
      <Stack
        component="ul"
        gap="xs"
        mt="xs"
        pl="sm"
        style={{ listStyle: 'none', borderInlineStart: '3px solid var(--mantine-color-civic-6)' }}
      >
        {notes.map(({ e, key, text, finding, recommendation }) => {
          const words = localize(text);
          const response = recommendation?.followUp.response ? localize(recommendation.followUp.response) : null;
          return (
            <Box component="li" key={key}>
              <Text size="sm">
                <strong>{finding ? t(`evaluations.notes.found.${e.kind}`) : t(`evaluations.notes.recommended.${e.kind}`)}</strong>{' '}
                {finding && <AssessmentBadge value={finding.assessment} />}
              </Text>
              <Text size="sm">
                <LocalizedText component="span" value={words} />{' '}
                <Anchor size="sm" href={`#evaluation-${e.id}`} aria-label={t('evaluations.notes.read', { name: localize(e.title).text })}>
                  {t('evaluations.notes.source')}
                </Anchor>
              </Text>
              {recommendation && (
                <Text size="sm">
                  {t('evaluations.followUpLabel')} <FollowUpBadge value={recommendation.followUp.status} />
                  {response && (
                    <>
                      {' '}
                      <LocalizedText component="span" value={response} />
                    </>
                  )}
                </Text>
              )}
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
