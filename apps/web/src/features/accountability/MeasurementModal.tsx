import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import type { TrackedIndicator } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabel } from '../settings/useTaxonomy';
import { fieldErrors } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { pickText } from '../consultations/pickText';
import { useMonitoringActions } from './useMonitoring';
import { DateField } from '../../shared/DateField';

/** Officials record a measurement (quantitative) or a dated assessment (qualitative). */
export function MeasurementModal({ slug, indicator, onClose }: { slug: string; indicator: TrackedIndicator; onClose: () => void }) {
  const { t } = useTranslation('accountability');
  const label = useTaxonomyLabel();
  const { measure } = useMonitoringActions(slug);
  const [measuredOn, setMeasuredOn] = useState(new Date().toISOString().slice(0, 10));
  const [value, setValue] = useState<number | string>('');
  const [assessment, setAssessment] = useState('');
  const [rating, setRating] = useState('on_track');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(measure.error);
  const quantitative = indicator.kind === 'quantitative';
  const submit = () =>
    measure.mutate(
      {
        indicatorId: indicator.id,
        body: quantitative
          ? { measuredOn, value: value === '' ? null : Number(value), source: source || null, note: note || null }
          : {
              measuredOn,
              assessment: { [currentLanguage()]: assessment },
              rating: rating as 'on_track',
              source: source || null,
              note: note || null,
            },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('measure.title', { name: pickText(indicator.name).text })}
      closeButtonProps={{ 'aria-label': t('common.close', { ns: 'web' }) }}
    >
      <Stack gap="sm">
        <ErrorAlert error={measure.error} />
        <DateField
          label={t('indicator.date')}
          required
          value={measuredOn}
          onChange={(value) => setMeasuredOn(value)}
          error={errors.measuredOn}
        />
        {quantitative ? (
          <NumberInput
            label={`${t('indicator.value')}${indicator.unit ? ` (${label('indicator_unit', indicator.unit)})` : ''}`}
            required
            value={value}
            onChange={setValue}
            error={errors.value}
          />
        ) : (
          <>
            <Textarea
              label={t('measure.assessment')}
              required
              autosize
              minRows={3}
              value={assessment}
              onChange={(e) => setAssessment(e.currentTarget.value)}
              error={errors.assessment}
            />
            <NativeSelect
              label={t('measure.rating')}
              value={rating}
              onChange={(e) => setRating(e.currentTarget.value)}
              data={(['on_track', 'at_risk', 'off_track'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </>
        )}
        <TextInput label={t('indicator.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} error={errors.source} />
        <Textarea label={t('measure.note')} autosize value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={measure.isPending}>
            {t('measure.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
