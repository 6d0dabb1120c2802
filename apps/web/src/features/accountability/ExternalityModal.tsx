import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import type { Language, Monitoring, TranslatedText } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { pickText } from '../consultations/pickText';
import { TranslatedInputs } from '../questionnaires/TranslatedInputs';
import { useMonitoringActions } from './useMonitoring';
import { DateField } from '../../shared/DateField';

const written = (text: TranslatedText) => Object.fromEntries(Object.entries(text).filter(([, v]) => v?.trim())) as TranslatedText;

/** Officials record a negative externality of the plan (optionally of one action), with its mitigation, in the plan's languages. */
export function ExternalityModal({
  monitoring,
  languages,
  onClose,
}: {
  monitoring: Monitoring;
  languages: Language[];
  onClose: () => void;
}) {
  const { t } = useTranslation('accountability');
  const { externality } = useMonitoringActions(monitoring.plan.slug);
  const [observedOn, setObservedOn] = useState(new Date().toISOString().slice(0, 10));
  const [actionId, setActionId] = useState('');
  const [description, setDescription] = useState<TranslatedText>({});
  const [mitigation, setMitigation] = useState<TranslatedText>({});
  const errors = fieldErrors(externality.error);
  const actions = monitoring.lines.flatMap((l) =>
    l.actions.map((a) => ({ value: a.id, label: `${pickText(l.title).text} — ${pickText(a.title).text}` })),
  );
  const submit = () => {
    const m = written(mitigation);
    externality.mutate(
      {
        planId: monitoring.plan.id,
        body: { observedOn, actionId: actionId || null, description: written(description), mitigation: Object.keys(m).length ? m : null },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={t('externalities.record')}>
      <Stack gap="sm">
        <Text size="sm">{t('externalities.help')}</Text>
        <ErrorAlert error={externality.error} />
        <DateField
          label={t('externalities.observedOn')}
          required
          value={observedOn}
          onChange={(value) => setObservedOn(value)}
          error={errors.observedOn}
        />
        <NativeSelect
          label={t('externalities.action')}
          value={actionId}
          onChange={(e) => setActionId(e.currentTarget.value)}
          error={errors.actionId}
          data={[{ value: '', label: t('externalities.wholePlan') }, ...actions]}
        />
        <TranslatedInputs
          label={t('externalities.description')}
          value={description}
          onChange={setDescription}
          languages={languages}
          errors={errors}
          path="description"
          multiline
        />
        <TranslatedInputs
          label={t('externalities.mitigationLabel')}
          value={mitigation}
          onChange={setMitigation}
          languages={languages}
          errors={errors}
          path="mitigation"
          multiline
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel', { ns: 'web' })}
          </Button>
          <Button onClick={submit} loading={externality.isPending}>
            {t('externalities.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
