import {
  evaluationDueYear,
  pickTranslation,
  type CreateEvaluationRequest,
  type EvaluationKind,
  type FindingAssessment,
  type IndicatorStatus,
  type Language,
  type Monitoring,
} from '@polyphony/contracts';
import i18n from '../../app/i18n';
import { calendarDate } from '../../shared/useCalendarDate';

const ASSESSMENT: Record<Exclude<IndicatorStatus, 'no_data'>, FindingAssessment> = {
  on_track: 'positive',
  at_risk: 'mixed',
  off_track: 'negative',
};

/**
 * The easy path to the evaluations the plan promised: a draft already filled from the monitoring
 * data, in every language of the plan: its title and period, and one finding per indicator that has
 * data (on track: positive, at risk: mixed, off track: negative), linked to the indicator and its
 * action. The evaluator then rewrites, adds recommendations and publishes.
 */
export function draftFromMonitoring(
  kind: EvaluationKind,
  monitoring: Monitoring,
  languages: Language[],
  today = new Date().toISOString().slice(0, 10),
): CreateEvaluationRequest {
  const { periodStart, periodEnd } = monitoring.plan;
  const due = evaluationDueYear(kind, periodStart, periodEnd);
  const end = [`${due}-12-31`, today].sort()[0];
  const start = `${periodStart}-01-01` < end ? `${periodStart}-01-01` : end;
  const years = start.slice(0, 4) === end.slice(0, 4) ? end.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
  const per = (make: (t: (key: string, options?: Record<string, unknown>) => string, lang: Language) => string) =>
    Object.fromEntries(languages.map((lang) => [lang, make(i18n.getFixedT(lang, 'accountability') as never, lang)]));
  const findings = monitoring.indicators
    .filter((i) => i.status !== 'no_data')
    .map((i) => {
      const latest = i.measurements[i.measurements.length - 1];
      return {
        text: per((t, lang) => {
          const fmt = (n: number | null | undefined) =>
            n === null || n === undefined ? '—' : new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
          const day = (iso: string) => calendarDate(iso, lang);
          const name = pickTranslation(i.name, lang);
          const status = t(`status.${i.status}`);
          return i.kind === 'quantitative'
            ? t('evaluations.draft.quantitative', {
                name,
                status,
                latest: fmt(latest?.value),
                expected: fmt(i.expectedNow),
                target: fmt(i.targetValue),
                unit: i.unit ?? '',
                date: day(i.targetDate ?? `${periodEnd}-12-31`),
              })
            : t('evaluations.draft.qualitative', { name, status, assessment: pickTranslation(latest?.assessment, lang) });
        }),
        assessment: ASSESSMENT[i.status as Exclude<IndicatorStatus, 'no_data'>],
        actionIds: [i.actionId],
        indicatorIds: [i.id],
      };
    });
  return {
    kind,
    title: per((t) => t(`evaluations.draft.title.${kind}`, { years })),
    periodStart: start,
    periodEnd: end,
    evaluatedOn: null,
    evaluatorKind: 'internal',
    evaluatorName: null,
    summary: {},
    findings,
    recommendations: [],
  };
}
