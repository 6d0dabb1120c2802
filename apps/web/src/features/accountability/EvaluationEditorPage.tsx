import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import type { Evaluation, EvaluationRecommendation } from '@polyphony/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { pickText } from '../consultations/pickText';
import { EvaluationStatusBadge } from './EvaluationBadges';
import { EvaluationCard } from './EvaluationCard';
import { EvaluationForm, type EvaluationValues } from './EvaluationForm';
import { FollowUpModal } from './FollowUpModal';
import { linkNames } from './linkNames';
import { useEvaluation, useEvaluationActions, usePlanListItem } from './useEvaluations';
import { useMonitoring } from './useMonitoring';

const toValues = (e: Evaluation): EvaluationValues => ({
  kind: e.kind,
  title: e.title,
  periodStart: e.periodStart,
  periodEnd: e.periodEnd,
  evaluatedOn: e.evaluatedOn,
  evaluatorKind: e.evaluatorKind,
  evaluatorName: e.evaluatorName,
  summary: e.summary,
  findings: e.findings.map(({ id, text, assessment, actionIds, indicatorIds }) => ({ id, text, assessment, actionIds, indicatorIds })),
  recommendations: e.recommendations.map(({ id, text, priority, actionIds, indicatorIds }) => ({
    id,
    text,
    priority,
    actionIds,
    indicatorIds,
  })),
});

/**
 * A draft: edited, saved from its revision, published (after a confirmation). Remounted on every
 * saved revision (the form restarts from what was saved); the mutations live in the page, so their
 * errors outlive the remount.
 */
function DraftEditor({
  evaluation,
  actions,
  onDeleted,
}: {
  evaluation: Evaluation;
  actions: ReturnType<typeof useEvaluationActions>;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('accountability');
  const monitoring = useMonitoring(evaluation.planId);
  const plan = usePlanListItem(evaluation.planId);
  const { save, publish, remove } = actions;
  const initial = useMemo(() => toValues(evaluation), [evaluation]);
  const [values, setValues] = useState(initial);
  const [confirm, setConfirm] = useState<'publish' | 'delete' | null>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const error = save.error ?? publish.error;
  const errors = fieldErrors(error);
  if (monitoring.isPending || plan.isPending) return <PageLoader />;
  if (!monitoring.data || !plan.data) return <ErrorAlert error={monitoring.error ?? plan.error} />;
  const saveDraft = () => {
    publish.reset();
    return save.mutateAsync({ id: evaluation.id, body: { ...values, revision: evaluation.revision } });
  };
  const notify = (message: string) =>
    notifications.show({ color: 'civic', message, closeButtonProps: { 'aria-label': t('common.close', { ns: 'web' }) } });
  const onSave = () =>
    saveDraft().then(
      () => notify(t('evaluations.saved')),
      () => undefined,
    );
  const onPublish = async () => {
    setConfirm(null);
    try {
      const saved = dirty ? await saveDraft() : evaluation;
      await publish.mutateAsync({ id: evaluation.id, revision: saved.revision });
      notify(t('evaluations.publishedNotice'));
    } catch {
      /* shown by the alert and on the fields */
    }
  };
  return (
    <Stack gap="lg">
      <ErrorAlert error={error ?? remove.error} />
      <EvaluationForm values={values} onChange={setValues} monitoring={monitoring.data} languages={plan.data.languages} errors={errors} />
      <Group
        justify="space-between"
        style={{
          position: 'sticky',
          bottom: 0,
          background: 'var(--mantine-color-body)',
          padding: '12px 0',
          borderTop: '1px solid var(--mantine-color-gray-3)',
          zIndex: 2,
        }}
      >
        <Button variant="subtle" color="red" c="red.9" onClick={() => setConfirm('delete')}>
          {t('evaluations.delete')}
        </Button>
        <Group>
          <Text size="sm" c="gray.7" aria-live="polite">
            {dirty ? t('evaluations.unsaved') : t('evaluations.upToDate')}
          </Text>
          <Button variant="default" onClick={onSave} loading={save.isPending && !publish.isPending}>
            {t('evaluations.save')}
          </Button>
          <Button onClick={() => setConfirm('publish')} loading={publish.isPending}>
            {t('evaluations.publish')}
          </Button>
        </Group>
      </Group>
      <Modal opened={confirm === 'publish'} onClose={() => setConfirm(null)} title={t('evaluations.publishTitle')}>
        <Stack>
          <Text size="sm">{t('evaluations.publishWarning')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel', { ns: 'web' })}
            </Button>
            <Button onClick={onPublish}>{t('evaluations.publishConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={confirm === 'delete'} onClose={() => setConfirm(null)} title={t('evaluations.deleteTitle')}>
        <Stack>
          <Text size="sm">{t('evaluations.deleteWarning')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel', { ns: 'web' })}
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(evaluation.id, { onSuccess: onDeleted })}>
              {t('evaluations.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** A published evaluation: read as the public reads it; officials record the follow-up of each recommendation. */
function PublishedView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('accountability');
  const monitoring = useMonitoring(evaluation.planId);
  const plan = usePlanListItem(evaluation.planId);
  const [answering, setAnswering] = useState<EvaluationRecommendation | null>(null);
  const names = linkNames(monitoring.data);
  return (
    <Stack gap="lg">
      <Alert color="civic" variant="light" title={t('evaluations.frozenTitle')}>
        {t('evaluations.frozen')}
      </Alert>
      <EvaluationCard
        evaluation={evaluation}
        names={names}
        headingLevel={2}
        followUpAction={
          evaluation.can.followUp && plan.data
            ? (id) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => setAnswering(evaluation.recommendations.find((r) => r.id === id) ?? null)}
                >
                  {t('evaluations.followUpOpen')}
                </Button>
              )
            : undefined
        }
      />
      {answering && plan.data && (
        <FollowUpModal
          evaluationId={evaluation.id}
          recommendation={answering}
          languages={plan.data.languages}
          onClose={() => setAnswering(null)}
        />
      )}
    </Stack>
  );
}

function Editor() {
  const { t } = useTranslation('accountability');
  const { id } = useParams();
  const navigate = useNavigate();
  const evaluation = useEvaluation(id);
  const actions = useEvaluationActions();
  const plan = usePlanListItem(evaluation.data?.planId);
  if (evaluation.isPending) return <PageLoader />;
  if (!evaluation.data) return <ErrorAlert error={evaluation.error} />;
  const e = evaluation.data;
  const back = `/monitoring/evaluations${plan.data ? `?plan=${plan.data.slug}` : ''}`;
  return (
    <>
      <Anchor component={Link} to={back} size="sm" mb="sm" display="block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('evaluations.pageTitle')}
        </Group>
      </Anchor>
      <PageHeader
        title={pickText(e.title).text || t(`evaluations.kind.${e.kind}`)}
        lead={plan.data ? pickText(plan.data.title).text : undefined}
        actions={<EvaluationStatusBadge value={e.status} />}
      />
      {e.status === 'draft' ? (
        <DraftEditor key={e.revision} evaluation={e} actions={actions} onDeleted={() => navigate(back, { replace: true })} />
      ) : (
        <PublishedView evaluation={e} />
      )}
    </>
  );
}

export function EvaluationEditorPage() {
  return (
    <RequireAuth>
      <Editor />
    </RequireAuth>
  );
}
