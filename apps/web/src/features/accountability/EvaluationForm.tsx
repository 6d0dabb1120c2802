import { Card, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  EVALUATION_KINDS,
  EVALUATOR_KINDS,
  FINDING_ASSESSMENTS,
  RECOMMENDATION_PRIORITIES,
  type Evaluation,
  type EvaluationFinding,
  type EvaluationKind,
  type EvaluationRecommendation,
  type EvaluatorKind,
  type FindingAssessment,
  type Language,
  type Monitoring,
  type RecommendationPriority,
} from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { pickText } from '../consultations/pickText';
import { TranslatedInputs } from '../questionnaires/TranslatedInputs';
import { RowsEditor } from './RowsEditor';
import { DateField } from '../../shared/DateField';

/** The form's rows: as the API returns them, without an id until saved. */
export type FindingValues = Omit<EvaluationFinding, 'id'> & { id?: string };
export type RecommendationValues = Omit<EvaluationRecommendation, 'id' | 'followUp'> & { id?: string };
export type EvaluationValues = Pick<
  Evaluation,
  'kind' | 'title' | 'periodStart' | 'periodEnd' | 'evaluatedOn' | 'evaluatorKind' | 'evaluatorName' | 'summary'
> & {
  findings: FindingValues[];
  recommendations: RecommendationValues[];
};

interface Props {
  values: EvaluationValues;
  onChange: (values: EvaluationValues) => void;
  monitoring: Monitoring;
  languages: Language[];
  /** Server field errors by path ("findings.0.actionIds"). */
  errors: Record<string, string>;
}

/** The evaluation's text: what, when and by whom, the summary, findings and recommendations linked to the plan's actions and indicators. */
export function EvaluationForm({ values: v, onChange, monitoring, languages, errors }: Props) {
  const { t } = useTranslation('accountability');
  const set = <K extends keyof EvaluationValues>(key: K, value: EvaluationValues[K]) => onChange({ ...v, [key]: value });
  // Actions grouped by strategic line; indicators named with their action.
  const actionOptions = monitoring.lines
    .filter((l) => l.actions.length)
    .map((l) => ({ group: pickText(l.title).text, items: l.actions.map((a) => ({ value: a.id, label: pickText(a.title).text })) }));
  const actionName = new Map(monitoring.lines.flatMap((l) => l.actions.map((a) => [a.id, pickText(a.title).text] as const)));
  const indicatorOptions = monitoring.indicators.map((i) => ({
    value: i.id,
    label: `${pickText(i.name).text} (${actionName.get(i.actionId) ?? ''})`,
  }));
  const links = (
    row: { actionIds: string[]; indicatorIds: string[] },
    setRow: (patch: { actionIds?: string[]; indicatorIds?: string[] }) => void,
    path: string,
  ) => (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
      <MultiSelect
        label={t('evaluations.form.actions')}
        placeholder={row.actionIds.length ? undefined : t('evaluations.form.none')}
        data={actionOptions}
        value={row.actionIds}
        onChange={(actionIds) => setRow({ actionIds })}
        searchable
        clearable
        error={errors[`${path}.actionIds`]}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('evaluations.form.indicators')}
        placeholder={row.indicatorIds.length ? undefined : t('evaluations.form.none')}
        data={indicatorOptions}
        value={row.indicatorIds}
        onChange={(indicatorIds) => setRow({ indicatorIds })}
        searchable
        clearable
        error={errors[`${path}.indicatorIds`]}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
  return (
    <Stack gap="xl">
      <Card component="section" aria-labelledby="evaluation-about" withBorder padding="lg">
        <Title order={2} fz="lg" id="evaluation-about" mb={4}>
          {t('evaluations.form.about')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('evaluations.form.languagesHelp')}
        </Text>
        <Stack gap="sm">
          <TranslatedInputs
            label={t('evaluations.form.title')}
            value={v.title}
            onChange={(title) => set('title', title)}
            languages={languages}
            errors={errors}
            path="title"
          />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <NativeSelect
              label={t('evaluations.form.kind')}
              value={v.kind}
              onChange={(e) => set('kind', e.currentTarget.value as EvaluationKind)}
              error={errors.kind}
              data={EVALUATION_KINDS.map((k) => ({ value: k, label: t(`evaluations.kind.${k}`) }))}
            />
            <DateField
              label={t('evaluations.form.periodStart')}
              required
              value={v.periodStart}
              onChange={(value) => set('periodStart', value)}
              error={errors.periodStart}
            />
            <DateField
              label={t('evaluations.form.periodEnd')}
              required
              value={v.periodEnd}
              onChange={(value) => set('periodEnd', value)}
              error={errors.periodEnd}
            />
            <DateField
              label={t('evaluations.form.evaluatedOn')}
              value={v.evaluatedOn ?? ''}
              onChange={(value) => set('evaluatedOn', value || null)}
              error={errors.evaluatedOn}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('evaluations.form.evaluatorKind')}
              value={v.evaluatorKind}
              onChange={(e) => set('evaluatorKind', e.currentTarget.value as EvaluatorKind)}
              error={errors.evaluatorKind}
              data={EVALUATOR_KINDS.map((k) => ({ value: k, label: t(`evaluations.evaluator.${k}`) }))}
            />
            <TextInput
              label={t('evaluations.form.evaluatorName')}
              description={t('evaluations.form.evaluatorNameHelp')}
              value={v.evaluatorName ?? ''}
              onChange={(e) => set('evaluatorName', e.currentTarget.value || null)}
              error={errors.evaluatorName}
            />
          </SimpleGrid>
        </Stack>
      </Card>

      <Card component="section" aria-labelledby="evaluation-summary" withBorder padding="lg">
        <Title order={2} fz="lg" id="evaluation-summary" mb={4}>
          {t('evaluations.form.summary')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('evaluations.form.summaryHelp')}
        </Text>
        <TranslatedInputs
          label={t('evaluations.form.summary')}
          value={v.summary}
          onChange={(summary) => set('summary', summary)}
          languages={languages}
          errors={errors}
          path="summary"
          multiline
        />
      </Card>

      <Card component="section" aria-labelledby="evaluation-findings" withBorder padding="lg">
        <Title order={2} fz="lg" id="evaluation-findings" mb={4}>
          {t('evaluations.form.findings')}
        </Title>
        <RowsEditor
          legend={t('evaluations.form.findingsLegend')}
          rows={v.findings}
          onChange={(findings) => set('findings', findings)}
          create={(): FindingValues => ({ text: {}, assessment: 'mixed', actionIds: [], indicatorIds: [] })}
          addLabel={t('evaluations.form.addFinding')}
          removeLabel={(i) => t('evaluations.form.removeFinding', { n: i + 1 })}
          emptyText={t('evaluations.form.noFindings')}
        >
          {(row, setRow, i) => (
            <>
              <TranslatedInputs
                label={t('evaluations.form.finding', { n: i + 1 })}
                value={row.text}
                onChange={(text) => setRow({ text })}
                languages={languages}
                errors={errors}
                path={`findings.${i}.text`}
                multiline
              />
              <NativeSelect
                label={t('evaluations.form.assessment')}
                w={{ base: '100%', sm: 240 }}
                value={row.assessment}
                onChange={(e) => setRow({ assessment: e.currentTarget.value as FindingAssessment })}
                error={errors[`findings.${i}.assessment`]}
                data={FINDING_ASSESSMENTS.map((a) => ({ value: a, label: t(`evaluations.assessment.${a}`) }))}
              />
              {links(row, setRow, `findings.${i}`)}
            </>
          )}
        </RowsEditor>
      </Card>

      <Card component="section" aria-labelledby="evaluation-recommendations" withBorder padding="lg">
        <Title order={2} fz="lg" id="evaluation-recommendations" mb={4}>
          {t('evaluations.form.recommendations')}
        </Title>
        <RowsEditor
          legend={t('evaluations.form.recommendationsLegend')}
          rows={v.recommendations}
          onChange={(recommendations) => set('recommendations', recommendations)}
          create={(): RecommendationValues => ({ text: {}, priority: 'medium', actionIds: [], indicatorIds: [] })}
          addLabel={t('evaluations.form.addRecommendation')}
          removeLabel={(i) => t('evaluations.form.removeRecommendation', { n: i + 1 })}
          emptyText={t('evaluations.form.noRecommendations')}
        >
          {(row, setRow, i) => (
            <>
              <TranslatedInputs
                label={t('evaluations.form.recommendation', { n: i + 1 })}
                value={row.text}
                onChange={(text) => setRow({ text })}
                languages={languages}
                errors={errors}
                path={`recommendations.${i}.text`}
                multiline
              />
              <NativeSelect
                label={t('evaluations.form.priority')}
                w={{ base: '100%', sm: 240 }}
                value={row.priority}
                onChange={(e) => setRow({ priority: e.currentTarget.value as RecommendationPriority })}
                error={errors[`recommendations.${i}.priority`]}
                data={RECOMMENDATION_PRIORITIES.map((p) => ({ value: p, label: t(`evaluations.priority.${p}`) }))}
              />
              {links(row, setRow, `recommendations.${i}`)}
            </>
          )}
        </RowsEditor>
      </Card>
    </Stack>
  );
}
