import { useState } from 'react';
import { Alert, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { behindTexts, type Language, type Plan, type PlanSection, type SectionContent } from '@polyphony/contracts';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ReviewMarksList } from '../../shared/translation/ReviewMarksList';
import { useSectionLanguages } from './usePlan';

/** "Paragraph 2", "Title", "Indicator 1" for a mark's field key. */
export function useFieldLabel(content: SectionContent) {
  const { t } = useTranslation('officialLanguages');
  return (field: string) => {
    const [kind, id] = field.split('.');
    const n = (list: { id: string }[]) => list.findIndex((x) => x.id === id) + 1;
    if (kind === 'paragraphs') return t('fill.field.paragraph', { n: n(content.paragraphs) });
    if (kind === 'expectedResults') return t('fill.field.expectedResult', { n: n(content.expectedResults) });
    if (kind === 'indicators') return t('fill.field.indicator', { n: n(content.indicators) });
    if (kind === 'leadDepartment') return t('fields.leadDepartment', { ns: 'plan' });
    if (kind === 'budget') return t('fields.budgetLine', { ns: 'plan' });
    return t('fill.field.title');
  };
}

/**
 * The section's languages in the editor: fill the plan languages it lacks by machine translation
 * (stored, marked "to review"), and approve a machine text as it is. Editing a text also reviews it.
 * Lists the texts behind: a language whose text is older than another language's change (issue 16).
 */
export function SectionLanguages({
  plan,
  section,
  disabled,
  onUpdated,
}: {
  plan: Plan;
  section: { id: string; revision: number; content: SectionContent };
  disabled: boolean;
  onUpdated: (s: PlanSection) => void;
}) {
  const { t } = useTranslation('officialLanguages');
  const label = useFieldLabel(section.content);
  const [filled, setFilled] = useState<number | null>(null);
  const { fill, approve } = useSectionLanguages(plan.id, section);
  const filledIn = (s: PlanSection) => {
    setFilled((s.content.review?.length ?? 0) - (section.content.review?.length ?? 0));
    onUpdated(s);
  };
  const missing = plan.languages.some((l) =>
    [section.content.title, ...section.content.paragraphs.map((p) => p.text), ...section.content.expectedResults.map((p) => p.text)].some(
      (text) => Object.values(text).some((v) => v?.trim()) && !text[l]?.trim(),
    ),
  );
  const marks = section.content.review ?? [];
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={`langs-${section.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text id={`langs-${section.id}`} fw={600} size="sm">
            <IconLanguage size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
            {plan.languages.map((l) => LANGUAGE_NAMES[l]).join(' · ')}
          </Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => fill.mutate(undefined, { onSuccess: filledIn })}
            loading={fill.isPending}
            disabled={disabled || !missing}
          >
            {t('fill.button')}
          </Button>
        </Group>
        <ErrorAlert error={fill.error ?? approve.error} />
        {filled !== null && (
          <Text size="sm" role="status">
            {filled > 0 ? t('fill.done', { count: filled }) : t('fill.nothing')}
          </Text>
        )}
        <ReviewMarksList
          marks={marks}
          label={label}
          disabled={disabled}
          approving={approve.isPending ? approve.variables : undefined}
          onApprove={(m) => approve.mutate(m, { onSuccess: onUpdated })}
        />
        <BehindList content={section.content} languages={plan.languages} label={label} />
      </Stack>
    </Card>
  );
}

/** "Behind in Spanish: Title (changed in French)", one line per field and language; nothing when none is behind. */
function BehindList({ content, languages, label }: { content: SectionContent; languages: Language[]; label: (field: string) => string }) {
  const { t } = useTranslation('officialLanguages');
  const behind = behindTexts(content, languages);
  if (!behind.length) return null;
  const name = (l: Language) => t(`languages.${l}`);
  return (
    <Alert
      color="yellow"
      variant="light"
      c="gray.9"
      p="xs"
      title={t('behind.title', { count: behind.length })}
      data-testid="languages-behind"
    >
      <List size="sm" spacing={2}>
        {behind.map((b) => (
          <List.Item key={`${b.field}-${b.language}`}>
            {t('behind.item', { language: name(b.language), field: label(b.field), since: name(b.since) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
