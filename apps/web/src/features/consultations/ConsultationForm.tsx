import { useState, type FormEvent } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  PHASE_KINDS,
  STAKEHOLDER_CATEGORIES,
  type Consultation,
  type CreateConsultationRequest,
  type Language,
  type PhaseKind,
  type Quotas,
  type TranslatedText,
} from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES, currentLanguage } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFacilitatorOptions } from './useFacilitatorOptions';
import { DateField } from '../../shared/DateField';

export interface ConsultationFormValues {
  body: CreateConsultationRequest;
  facilitatorIds: string[];
}

interface Props {
  initial?: Consultation;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ConsultationFormValues) => void;
}

type PhaseRow = { enabled: boolean; startsOn: string; endsOn: string };
const QUOTA_CATEGORIES = STAKEHOLDER_CATEGORIES.filter((c) => c !== 'official');

/** Texts side by side per offered language, phases with dates, quotas with a running total, facilitators. */
export function ConsultationForm({ initial, submitLabel, pending, error, onSubmit }: Props) {
  const { t } = useTranslation('consultations');
  const { t: tw } = useTranslation();
  const [languages, setLanguages] = useState<Language[]>(initial?.languages ?? [currentLanguage()]);
  const [texts, setTexts] = useState<Record<'title' | 'summary' | 'body', TranslatedText>>({
    title: initial?.title ?? {},
    summary: initial?.summary ?? {},
    body: initial?.body ?? {},
  });
  const [planReference, setPlanReference] = useState(initial?.planReference ?? '');
  const [phases, setPhases] = useState<Record<PhaseKind, PhaseRow>>(
    () =>
      Object.fromEntries(
        PHASE_KINDS.map((k) => {
          const p = initial?.phases.find((x) => x.kind === k);
          return [k, { enabled: Boolean(p), startsOn: p?.startsOn ?? '', endsOn: p?.endsOn ?? '' }];
        }),
      ) as Record<PhaseKind, PhaseRow>,
  );
  const [quotas, setQuotas] = useState<Quotas>(initial?.quotas ?? {});
  const [facilitatorIds, setFacilitatorIds] = useState<string[]>(initial?.facilitators.map((f) => f.id) ?? []);
  const [search, setSearch] = useState('');
  const people = useFacilitatorOptions(search);
  const errors = fieldErrors(error);
  const total = Object.values(quotas).reduce((a, b) => a + (b ?? 0), 0);
  const options = [
    ...(initial?.facilitators ?? []).map((f) => ({ value: f.id, label: f.displayName })),
    ...(people.data?.items ?? []).map((u) => ({ value: u.id, label: u.email ? `${u.displayName} (${u.email})` : u.displayName })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

  const setText = (field: 'title' | 'summary' | 'body', lang: Language, value: string) =>
    setTexts((prev) => ({ ...prev, [field]: { ...prev[field], [lang]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const only = (text: TranslatedText) => Object.fromEntries(languages.filter((l) => text[l]?.trim()).map((l) => [l, text[l]]));
    onSubmit({
      body: {
        title: only(texts.title),
        summary: only(texts.summary),
        body: only(texts.body),
        languages,
        phases: PHASE_KINDS.filter((k) => phases[k].enabled).map((kind) => ({
          kind,
          startsOn: phases[kind].startsOn,
          endsOn: phases[kind].endsOn,
        })),
        quotas: Object.fromEntries(Object.entries(quotas).filter(([, v]) => (v ?? 0) > 0)),
        planReference: planReference.trim() || null,
      },
      facilitatorIds,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <ErrorAlert error={error} />
        <Card component="fieldset" padding="lg" style={{ border: 0 }}>
          <Title order={2} fz="lg" component="legend" mb="sm">
            {t('editor.languages')}
          </Title>
          <Checkbox.Group
            value={languages}
            onChange={(v) => setLanguages(LANGUAGES.filter((l) => v.includes(l)))}
            error={errors.languages}
            description={t('editor.languagesHelp')}
          >
            <Group mt="xs">
              {LANGUAGES.map((l) => (
                <Checkbox key={l} value={l} label={LANGUAGE_NAMES[l]} />
              ))}
            </Group>
          </Checkbox.Group>
        </Card>

        <Card padding="lg">
          <Title order={2} fz="lg" mb="sm">
            {t('editor.texts')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: Math.min(languages.length, 2) || 1 }} spacing="xl">
            {languages.map((lang) => (
              <Stack key={lang} gap="sm" component="section" aria-label={LANGUAGE_NAMES[lang]} lang={lang}>
                <Text fw={700}>{LANGUAGE_NAMES[lang]}</Text>
                <TextInput
                  label={t('editor.title', { language: LANGUAGE_NAMES[lang] })}
                  required
                  value={texts.title[lang] ?? ''}
                  onChange={(e) => setText('title', lang, e.currentTarget.value)}
                  error={errors[`title.${lang}`]}
                />
                <Textarea
                  label={t('editor.summary', { language: LANGUAGE_NAMES[lang] })}
                  required
                  autosize
                  minRows={3}
                  value={texts.summary[lang] ?? ''}
                  onChange={(e) => setText('summary', lang, e.currentTarget.value)}
                  error={errors[`summary.${lang}`]}
                />
                <Textarea
                  label={t('editor.body', { language: LANGUAGE_NAMES[lang] })}
                  description={t('editor.bodyHelp')}
                  autosize
                  minRows={6}
                  maxRows={20}
                  value={texts.body[lang] ?? ''}
                  onChange={(e) => setText('body', lang, e.currentTarget.value)}
                  error={errors[`body.${lang}`]}
                />
              </Stack>
            ))}
          </SimpleGrid>
          <TextInput
            mt="lg"
            label={t('editor.plan')}
            description={t('editor.planHelp')}
            value={planReference}
            onChange={(e) => setPlanReference(e.currentTarget.value)}
            error={errors.planReference}
          />
        </Card>

        <Card padding="lg">
          <Title order={2} fz="lg" mb="sm">
            {t('editor.phases')}
          </Title>
          <Stack gap="sm">
            {PHASE_KINDS.map((kind, i) => (
              <SimpleGrid key={kind} cols={{ base: 1, sm: 3 }} verticalSpacing="xs">
                <Checkbox
                  mt={{ sm: 30 }}
                  label={t(`phases.${kind}`)}
                  checked={phases[kind].enabled}
                  onChange={(e) => {
                    const enabled = e.currentTarget.checked;
                    setPhases((p) => ({ ...p, [kind]: { ...p[kind], enabled } }));
                  }}
                />
                <DateField
                  label={t('editor.startsOn', { phase: t(`phases.${kind}`) })}
                  disabled={!phases[kind].enabled}
                  value={phases[kind].startsOn}
                  onChange={(value) => {
                    setPhases((p) => ({ ...p, [kind]: { ...p[kind], startsOn: value } }));
                  }}
                  error={errors[`phases.${PHASE_KINDS.filter((k) => phases[k].enabled).indexOf(kind)}.startsOn`]}
                />
                <DateField
                  label={t('editor.endsOn', { phase: t(`phases.${kind}`) })}
                  disabled={!phases[kind].enabled}
                  value={phases[kind].endsOn}
                  onChange={(value) => {
                    setPhases((p) => ({ ...p, [kind]: { ...p[kind], endsOn: value } }));
                  }}
                  error={errors[`phases.${PHASE_KINDS.filter((k) => phases[k].enabled).indexOf(kind)}.endsOn`] ?? (i < 0 ? '' : undefined)}
                />
              </SimpleGrid>
            ))}
          </Stack>
        </Card>

        <Card padding="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg">
              {t('editor.quotas')}
            </Title>
            <Text fw={700} c={total > 100 ? 'red.8' : 'gray.8'} aria-live="polite">
              {t('editor.quotaTotal', { total })}
            </Text>
          </Group>
          <Text size="sm" c="gray.7" mb="sm">
            {t('editor.quotasHelp')}
          </Text>
          {errors.quotas && (
            <Text c="red.8" size="sm" role="alert">
              {errors.quotas}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {QUOTA_CATEGORIES.map((c) => (
              <NumberInput
                key={c}
                label={tw(`categories.${c}`)}
                suffix=" %"
                min={0}
                max={100}
                value={quotas[c] ?? ''}
                onChange={(v) => setQuotas((q) => ({ ...q, [c]: typeof v === 'number' ? v : undefined }))}
              />
            ))}
          </SimpleGrid>
        </Card>

        <Card padding="lg">
          <Title order={2} fz="lg" mb="sm">
            {t('editor.facilitators')}
          </Title>
          <MultiSelect
            label={t('editor.facilitatorsLabel')}
            description={t('editor.facilitatorsHelp')}
            data={options}
            value={facilitatorIds}
            onChange={setFacilitatorIds}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={t('editor.nobody')}
            clearable
          />
        </Card>

        <Group justify="flex-end">
          <Button type="submit" size="md" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
