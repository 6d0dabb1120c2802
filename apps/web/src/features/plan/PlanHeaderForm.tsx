import { useState } from 'react';
import { Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, type Language, type Plan, type PlanStatus } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { usePlanActions } from './usePlan';

/** The plan's details (title in the language being edited, period) and its status. */
export function PlanHeaderForm({ plan, lang }: { plan: Plan; lang: Language }) {
  const { t } = useTranslation('plan');
  const actions = usePlanActions(plan.slug, plan.id);
  const [title, setTitle] = useState(plan.title[lang] ?? '');
  const [start, setStart] = useState<number | string>(plan.periodStart);
  const [end, setEnd] = useState<number | string>(plan.periodEnd);
  const [status, setStatus] = useState<PlanStatus>(plan.status);
  const errors = fieldErrors(actions.updateHeader.error);
  return (
    <Stack gap="sm">
      <ErrorAlert error={actions.updateHeader.error ?? actions.setStatus.error} />
      <TextInput label={t('fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
      <Group grow align="flex-end">
        <NumberInput label={t('fields.periodStart')} value={start} onChange={setStart} min={2000} max={2100} />
        <NumberInput label={t('fields.periodEnd')} value={end} onChange={setEnd} min={2000} max={2100} error={errors.periodEnd} />
        <Button
          onClick={() =>
            actions.updateHeader.mutate({
              revision: plan.revision,
              title: { ...plan.title, [lang]: title },
              periodStart: Number(start),
              periodEnd: Number(end),
            })
          }
          loading={actions.updateHeader.isPending}
        >
          {t('editor.saveHeader')}
        </Button>
      </Group>
      <Group align="flex-end">
        <NativeSelect
          label={t('editor.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as PlanStatus)}
          data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Button
          variant="light"
          disabled={status === plan.status}
          onClick={() => actions.setStatus.mutate(status)}
          loading={actions.setStatus.isPending}
        >
          {t('editor.setStatus')}
        </Button>
      </Group>
    </Stack>
  );
}
