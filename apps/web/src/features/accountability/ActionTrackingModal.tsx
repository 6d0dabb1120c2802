import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { ACTION_STATUSES, type ActionStatus, type TrackedAction } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { pickText } from '../consultations/pickText';
import { useMonitoringActions } from './useMonitoring';

/** Officials set an action's status, progress and responsible (sub-actions, milestones and budget lines are kept). */
export function ActionTrackingModal({ slug, action, onClose }: { slug: string; action: TrackedAction; onClose: () => void }) {
  const { t } = useTranslation('accountability');
  const { track } = useMonitoringActions(slug);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [progress, setProgress] = useState<number | string>(action.progress);
  const [responsible, setResponsible] = useState(action.responsible ?? '');
  const errors = fieldErrors(track.error);
  const submit = () =>
    track.mutate(
      { actionId: action.id, body: { status, progress: Number(progress) || 0, responsible: responsible || null, subActions: action.subActions, milestones: action.milestones, budgetLines: action.budgetLines } },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} title={t('track.title', { name: pickText(action.title).text })}>
      <Stack gap="sm">
        <ErrorAlert error={track.error} />
        <NativeSelect label={t('track.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)} data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`action.${s}`) }))} />
        <NumberInput label={t('track.progress')} description={action.subActions.length ? t('track.fromSubActions') : undefined} disabled={action.subActions.length > 0} min={0} max={100} value={progress} onChange={setProgress} error={errors.progress} />
        <TextInput label={t('track.responsible')} value={responsible} onChange={(e) => setResponsible(e.currentTarget.value)} error={errors.responsible} />
        <Group justify="flex-end"><Button onClick={submit} loading={track.isPending}>{t('track.submit')}</Button></Group>
      </Stack>
    </Modal>
  );
}
