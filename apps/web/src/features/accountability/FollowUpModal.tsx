import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import {
  FOLLOW_UP_STATUSES,
  type EvaluationRecommendation,
  type FollowUpStatus,
  type Language,
  type TranslatedText,
} from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { pickText } from '../consultations/pickText';
import { TranslatedInputs } from '../questionnaires/TranslatedInputs';
import { useEvaluationActions } from './useEvaluations';
import { DateField } from '../../shared/DateField';

/** Officials record what became of a recommendation: its status and a dated response, in the plan's languages. */
export function FollowUpModal({
  evaluationId,
  recommendation,
  languages,
  onClose,
}: {
  evaluationId: string;
  recommendation: EvaluationRecommendation;
  languages: Language[];
  onClose: () => void;
}) {
  const { t } = useTranslation('accountability');
  const { followUp } = useEvaluationActions();
  const [status, setStatus] = useState<FollowUpStatus>(recommendation.followUp.status);
  const [response, setResponse] = useState<TranslatedText>(recommendation.followUp.response ?? {});
  const [respondedOn, setRespondedOn] = useState(recommendation.followUp.respondedOn ?? new Date().toISOString().slice(0, 10));
  const errors = fieldErrors(followUp.error);
  const text = pickText(recommendation.text);
  const submit = () =>
    followUp.mutate(
      { id: evaluationId, recommendationId: recommendation.id, body: { status, response, respondedOn: respondedOn || null } },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} size="lg" title={t('evaluations.followUpTitle')}>
      <Stack gap="sm">
        <Text
          size="sm"
          component="blockquote"
          lang={text.lang}
          m={0}
          pl="sm"
          style={{ borderInlineStart: '3px solid var(--mantine-color-gray-4)' }}
        >
          {text.text}
        </Text>
        <ErrorAlert error={followUp.error} />
        <NativeSelect
          label={t('evaluations.followUpLabel')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as FollowUpStatus)}
          error={errors.status}
          data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`evaluations.followUp.${s}`) }))}
        />
        <TranslatedInputs
          label={t('evaluations.response')}
          value={response}
          onChange={setResponse}
          languages={languages}
          errors={errors}
          path="response"
          multiline
        />
        <DateField
          label={t('evaluations.respondedOn')}
          value={respondedOn}
          onChange={(value) => setRespondedOn(value)}
          error={errors.respondedOn}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel', { ns: 'web' })}
          </Button>
          <Button onClick={submit} loading={followUp.isPending}>
            {t('evaluations.followUpSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
