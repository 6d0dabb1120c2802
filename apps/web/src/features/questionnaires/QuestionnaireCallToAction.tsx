import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconListCheck, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@polyphony/contracts';
import { useMe } from '../auth/useMe';
import { useMyResponse, useQuestionnaire } from './useQuestionnaire';

/** On a consultation's page: answer (or continue, or change) the questionnaire; officials build it and see results. */
export function QuestionnaireCallToAction({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('questionnaires');
  const me = useMe();
  const questionnaire = useQuestionnaire(consultation.slug);
  const mine = useMyResponse(consultation.slug, Boolean(me.data && questionnaire.data));
  const q = questionnaire.data;
  const base = `/consultations/${consultation.slug}/questionnaire`;
  const canBuild = consultation.can.edit && (consultation.status === 'draft' || consultation.status === 'published');
  if (questionnaire.isPending) return null;
  if (!q && !canBuild) return null;

  const status = mine.data?.status;
  let text = t('cta.text');
  let label = t('cta.answer');
  if (q && !q.open) text = t('cta.closed');
  else if (status === 'submitted') [text, label] = [t('cta.submitted'), t('cta.edit')];
  else if (status === 'draft') label = t('cta.continue');

  return (
    <Card component="section" aria-labelledby="questionnaire-cta" padding="lg" bg="civic.0">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="questionnaire-cta">
          {t('cta.title')}
        </Title>
        <Text>{q ? text : t('cta.none')}</Text>
        <Group gap="sm">
          {q &&
            q.open &&
            (me.data ? (
              <Button component={Link} to={base} leftSection={<IconListCheck size={18} aria-hidden />}>
                {label}
              </Button>
            ) : (
              <Button component={Link} to={`/login?next=${encodeURIComponent(base)}`}>
                {t('cta.signIn')}
              </Button>
            ))}
          {canBuild && (
            <Button variant="outline" component={Link} to={`${base}/edit`} leftSection={<IconPencil size={18} aria-hidden />}>
              {q ? t('cta.editStructure') : t('cta.build')}
            </Button>
          )}
          {q?.can.seeResults && (
            <Button variant="outline" component={Link} to={`${base}/results`} leftSection={<IconChartBar size={18} aria-hidden />}>
              {t('cta.results')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
