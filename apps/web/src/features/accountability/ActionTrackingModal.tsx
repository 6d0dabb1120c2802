import { useState } from 'react';
import { Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  ACTION_STATUSES,
  LANGUAGES,
  pickTranslation,
  type ActionStatus,
  type Language,
  type TranslatedText,
  type BudgetLine,
  type Milestone,
  type ReviewMark,
  type SubAction,
  type TrackedAction,
} from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { currentLanguage, LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ReviewMarksList } from '../../shared/translation/ReviewMarksList';
import { pickText } from '../consultations/pickText';
import { RowsEditor } from './RowsEditor';
import { useMonitoringActions } from './useMonitoring';
import { DateField } from '../../shared/DateField';

const written = (text: TranslatedText) => Object.values(text).some((v) => v?.trim());
const today = () => new Date().toISOString().slice(0, 10);
const num = (v: number | string) => (v === '' ? 0 : Number(v));

/** The weighted mean the API computes (indicator-status.ts), shown live while editing. */
function weighted(progress: number, subActions: SubAction[]) {
  const total = subActions.reduce((s, a) => s + a.weight, 0);
  if (!subActions.length || total <= 0) return progress;
  return Math.round(subActions.reduce((s, a) => s + a.weight * a.progress, 0) / total);
}

/** Officials set an action's status, progress and responsible, its weighted sub-actions, dated milestones and budget lines. */
export function ActionTrackingModal({ slug, action, onClose }: { slug: string; action: TrackedAction; onClose: () => void }) {
  const { t, i18n } = useTranslation('accountability');
  const { track, fillTracking, approveTracking } = useMonitoringActions(slug);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [progress, setProgress] = useState<number | string>(action.progress);
  // Names (responsible department, sub-action and milestone titles, budget lines) are edited one language at a time; the others are kept.
  const [namesLang, setNamesLang] = useState<Language>(currentLanguage());
  const [responsible, setResponsible] = useState<TranslatedText>(action.responsible ?? {});
  const [subActions, setSubActions] = useState<SubAction[]>(action.subActions);
  const [milestones, setMilestones] = useState<Milestone[]>(action.milestones);
  const [budgetLines, setBudgetLines] = useState<BudgetLine[]>(action.budgetLines);
  // Texts filled by machine translation and not yet reviewed; sent back on save (an edited text loses its mark there).
  const [review, setReview] = useState<ReviewMark[]>(action.review ?? []);
  const [revision, setRevision] = useState(action.revision);
  const [filledCount, setFilledCount] = useState<number | null>(null);
  const texts = { responsible, subActions, milestones, budgetLines };
  const [saved, setSaved] = useState(JSON.stringify(texts));
  // The machine fills the saved texts: unsaved edits would be overwritten, so they are saved first.
  const dirty = JSON.stringify(texts) !== saved;
  const applyServer = (a: TrackedAction) => {
    setResponsible(a.responsible ?? {});
    setSubActions(a.subActions);
    setMilestones(a.milestones);
    setBudgetLines(a.budgetLines);
    setReview(a.review);
    setRevision(a.revision);
    setSaved(
      JSON.stringify({ responsible: a.responsible ?? {}, subActions: a.subActions, milestones: a.milestones, budgetLines: a.budgetLines }),
    );
  };
  const fill = () =>
    fillTracking.mutate(
      { actionId: action.id, revision },
      {
        onSuccess: (a) => {
          setFilledCount(a.review.length - review.length);
          applyServer(a);
        },
      },
    );
  const approve = (mark: ReviewMark) => approveTracking.mutate({ actionId: action.id, revision, mark }, { onSuccess: applyServer });
  const fieldLabel = (field: string) => {
    const [kind, i] = field.split('.');
    const n = Number(i) + 1;
    if (kind === 'subActions') return t('track.subActionTitle', { n });
    if (kind === 'milestones') return t('track.milestoneTitle', { n });
    if (kind === 'budgetLines') return t('track.budgetLine', { n });
    return t('track.responsible');
  };
  const errors = fieldErrors(track.error);
  const computed = weighted(num(progress), subActions);
  const money = (n: number, currency = 'EUR') =>
    new Intl.NumberFormat(i18n.language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
  const submit = () =>
    track.mutate(
      {
        actionId: action.id,
        body: {
          status,
          progress: num(progress),
          responsible: written(responsible) ? responsible : null,
          subActions,
          milestones,
          budgetLines,
          review,
        },
      },
      { onSuccess: onClose },
    );
  const name = pickText(action.title).text;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('track.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close', { ns: 'web' }) }}
    >
      <Stack gap="lg">
        <ErrorAlert error={track.error} />
        <NativeSelect
          label={t('track.namesLanguage')}
          description={t('track.namesLanguageHelp')}
          maw={320}
          value={namesLang}
          onChange={(e) => setNamesLang(e.currentTarget.value as Language)}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <Stack gap="xs">
          <Group gap="sm" wrap="wrap">
            <Button
              size="xs"
              variant="light"
              h="auto"
              py={6}
              // The label is long: it wraps at 390 px instead of being cut.
              styles={{ label: { whiteSpace: 'normal' } }}
              onClick={fill}
              loading={fillTracking.isPending}
              disabled={dirty}
            >
              {t('fill.button', { ns: 'officialLanguages' })}
            </Button>
            {dirty && (
              <Text size="sm" c="gray.7">
                {t('track.fillSaveFirst')}
              </Text>
            )}
          </Group>
          <ErrorAlert error={fillTracking.error ?? approveTracking.error} />
          {filledCount !== null && (
            <Text size="sm" role="status">
              {filledCount > 0
                ? t('fill.done', { ns: 'officialLanguages', count: filledCount })
                : t('fill.nothing', { ns: 'officialLanguages' })}
            </Text>
          )}
          <ReviewMarksList
            marks={review}
            label={fieldLabel}
            disabled={dirty}
            approving={approveTracking.isPending ? approveTracking.variables?.mark : undefined}
            onApprove={approve}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('track.status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
            data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`action.${s}`) }))}
            error={errors.status}
          />
          <NumberInput
            label={t('track.progress')}
            description={subActions.length ? t('track.fromSubActions') : undefined}
            disabled={subActions.length > 0}
            min={0}
            max={100}
            value={subActions.length ? computed : progress}
            onChange={setProgress}
            error={errors.progress}
          />
          <TextInput
            label={`${t('track.responsible')} (${LANGUAGE_NAMES[namesLang]})`}
            lang={namesLang}
            value={responsible[namesLang] ?? ''}
            placeholder={pickTranslation(responsible, namesLang)}
            onChange={(e) => setResponsible({ ...responsible, [namesLang]: e.currentTarget.value })}
            error={errors.responsible}
          />
        </SimpleGrid>

        <RowsEditor
          legend={t('track.subActions')}
          rows={subActions}
          onChange={setSubActions}
          create={(): SubAction => ({ title: {}, weight: 1, progress: 0 })}
          addLabel={t('track.addSubAction')}
          removeLabel={(i) => t('track.removeSubAction', { n: i + 1 })}
          emptyText={t('track.noSubActions')}
          description={
            subActions.length > 0 && (
              <Text size="sm" aria-live="polite">
                {t('track.computed', { value: computed })}
              </Text>
            )
          }
        >
          {(row, set, i) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={`${t('track.subActionTitle', { n: i + 1 })} (${LANGUAGE_NAMES[namesLang]})`}
                required={!written(row.title)}
                lang={namesLang}
                value={row.title[namesLang] ?? ''}
                placeholder={pickTranslation(row.title, namesLang)}
                onChange={(e) => set({ title: { ...row.title, [namesLang]: e.currentTarget.value } })}
                error={errors[`subActions.${i}.title`]}
              />
              <NumberInput
                label={t('track.weight')}
                min={0}
                max={1000}
                value={row.weight}
                onChange={(v) => set({ weight: num(v) })}
                error={errors[`subActions.${i}.weight`]}
              />
              <NumberInput
                label={t('track.subProgress')}
                min={0}
                max={100}
                suffix=" %"
                value={row.progress}
                onChange={(v) => set({ progress: num(v) })}
                error={errors[`subActions.${i}.progress`]}
              />
            </SimpleGrid>
          )}
        </RowsEditor>

        <RowsEditor
          legend={t('track.milestones')}
          rows={milestones}
          onChange={setMilestones}
          create={(): Milestone => ({ title: {}, dueOn: today(), doneOn: null })}
          addLabel={t('track.addMilestone')}
          removeLabel={(i) => t('track.removeMilestone', { n: i + 1 })}
          emptyText={t('track.noMilestones')}
        >
          {(row, set, i) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={`${t('track.milestoneTitle', { n: i + 1 })} (${LANGUAGE_NAMES[namesLang]})`}
                required={!written(row.title)}
                lang={namesLang}
                value={row.title[namesLang] ?? ''}
                placeholder={pickTranslation(row.title, namesLang)}
                onChange={(e) => set({ title: { ...row.title, [namesLang]: e.currentTarget.value } })}
                error={errors[`milestones.${i}.title`]}
              />
              <DateField
                label={t('track.dueOn')}
                required
                value={row.dueOn}
                onChange={(value) => set({ dueOn: value })}
                error={errors[`milestones.${i}.dueOn`]}
              />
              <Stack gap={4}>
                <Checkbox
                  mt={28}
                  label={t('track.done')}
                  checked={!!row.doneOn}
                  onChange={(e) => set({ doneOn: e.currentTarget.checked ? today() : null })}
                />
                {row.doneOn && (
                  <DateField
                    label={t('track.doneOn')}
                    value={row.doneOn}
                    onChange={(value) => set({ doneOn: value || null })}
                    error={errors[`milestones.${i}.doneOn`]}
                  />
                )}
              </Stack>
            </SimpleGrid>
          )}
        </RowsEditor>

        <RowsEditor
          legend={t('track.budgetLines')}
          rows={budgetLines}
          onChange={setBudgetLines}
          create={(): BudgetLine => ({ line: {}, planned: 0, spent: 0, currency: 'EUR' })}
          addLabel={t('track.addBudgetLine')}
          removeLabel={(i) => t('track.removeBudgetLine', { n: i + 1 })}
          emptyText={t('track.noBudgetLines')}
          description={
            budgetLines.length > 0 && (
              <Text size="sm">
                {t('track.budgetTotal', {
                  spent: money(budgetLines.reduce((s, b) => s + b.spent, 0)),
                  planned: money(budgetLines.reduce((s, b) => s + b.planned, 0)),
                })}
              </Text>
            )
          }
        >
          {(row, set, i) => (
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
              <TextInput
                label={`${t('track.budgetLine', { n: i + 1 })} (${LANGUAGE_NAMES[namesLang]})`}
                required={!written(row.line)}
                lang={namesLang}
                value={row.line[namesLang] ?? ''}
                placeholder={pickTranslation(row.line, namesLang)}
                onChange={(e) => set({ line: { ...row.line, [namesLang]: e.currentTarget.value } })}
                error={errors[`budgetLines.${i}.line`]}
              />
              <NumberInput
                label={t('track.planned')}
                min={0}
                thousandSeparator=" "
                value={row.planned}
                onChange={(v) => set({ planned: num(v) })}
                error={errors[`budgetLines.${i}.planned`]}
              />
              <NumberInput
                label={t('track.spent')}
                min={0}
                thousandSeparator=" "
                value={row.spent}
                onChange={(v) => set({ spent: num(v) })}
                error={errors[`budgetLines.${i}.spent`]}
              />
              <TextInput
                label={t('track.currency')}
                maxLength={3}
                value={row.currency}
                onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
                error={errors[`budgetLines.${i}.currency`]}
              />
            </SimpleGrid>
          )}
        </RowsEditor>

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel', { ns: 'web' })}
          </Button>
          <Button onClick={submit} loading={track.isPending}>
            {t('track.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
