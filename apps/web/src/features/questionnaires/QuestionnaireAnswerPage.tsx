import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@polyphony/contracts';
import { ApiError, fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { NotFoundPage } from '../errors/NotFoundPage';
import { QuestionnaireForm } from './QuestionnaireForm';
import { useConsultationOf, useMyResponse, useQuestionnaire, useSaveResponse } from './useQuestionnaire';
import { LocalizedField } from '../../shared/localized';
import { dateTimeFormat } from '../../app/territory-time';

/** A participant answers in their UI language: drafts, submission, later edits until the consultation closes. */
export function QuestionnaireAnswerPage() {
  return (
    <RequireAuth>
      <AnswerPage />
    </RequireAuth>
  );
}

function AnswerPage() {
  const { t, i18n } = useTranslation('questionnaires');
  const { slug = '' } = useParams();
  const consultation = useConsultationOf(slug);
  const questionnaire = useQuestionnaire(slug);
  const mine = useMyResponse(slug, Boolean(questionnaire.data));
  const save = useSaveResponse(slug);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (mine.data) setAnswers(mine.data.answers);
  }, [mine.data?.id, mine.isSuccess]); // eslint-disable-line react-hooks/exhaustive-deps

  if (questionnaire.isPending || consultation.isPending || (mine.isPending && questionnaire.data)) return <PageLoader />;
  if (!questionnaire.data || (consultation.error instanceof ApiError && consultation.error.status === 404)) return <NotFoundPage />;
  if (questionnaire.isError || consultation.isError || mine.isError)
    return <ErrorAlert error={questionnaire.error ?? consultation.error ?? mine.error} />;

  const q = questionnaire.data;
  const response = mine.data ?? null;
  const submitted = response?.status === 'submitted';
  const closed = !q.open;
  const errors = fieldErrors(save.error);
  const send = (submit: boolean) => {
    setNotice(null);
    save.mutate(
      { answers, submit },
      {
        onSuccess: () => {
          setNotice(submit ? t(submitted ? 'answer.updated' : 'answer.submitted') : t('answer.draftSaved'));
          window.scrollTo({ top: 0 });
        },
      },
    );
  };
  const date = (iso: string) => dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('answer.back')}
      </Anchor>
      <PageHeader title={t('answer.title')} lead={<LocalizedField text={consultation.data?.title} />} />
      {notice && (
        <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} role="status">
          {notice}
        </Alert>
      )}
      {closed && (
        <Alert color="gray" variant="light">
          {t('answer.closed')}
        </Alert>
      )}
      {response && (
        <Text size="sm" c="dimmed">
          {submitted
            ? t('answer.status_submitted', { date: date(response.updatedAt) })
            : t('answer.status_draft', { date: date(response.updatedAt) })}
        </Text>
      )}
      {save.error && !Object.keys(errors).some((k) => k.startsWith('answers.')) && <ErrorAlert error={save.error} />}
      <QuestionnaireForm
        questionnaire={q}
        answers={answers}
        onChange={(id, value) => setAnswers((prev) => ({ ...prev, [id]: value }))}
        errors={errors}
        disabled={closed}
        actions={
          !closed && (
            <Group justify="flex-end" gap="sm">
              {!submitted && (
                <Button variant="default" onClick={() => send(false)} loading={save.isPending && !save.variables?.submit}>
                  {t('answer.saveDraft')}
                </Button>
              )}
              <Button onClick={() => send(true)} loading={save.isPending && save.variables?.submit}>
                {submitted ? t('answer.update') : t('answer.submit')}
              </Button>
            </Group>
          )
        }
      />
    </Stack>
  );
}
