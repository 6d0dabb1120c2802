import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NativeSelect,
  Select,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  INDICATOR_KINDS,
  PARTNER_KINDS,
  PRIORITY_INTENSITIES,
  SDGS,
  type Language,
  type Plan,
  type PlanParagraph,
  type PlanSection,
  type SectionContent,
  ROUTES,
} from '@polyphony/contracts';
// eslint-disable-next-line no-restricted-imports -- the autosave's conflict handling still reads and writes here; to move into usePlan
import { ApiError, call } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { newId, planKey, usePlanActions } from './usePlan';
import type { SavedNotice } from './usePlanPresence';
import { SectionLanguages } from './SectionLanguages';
import { useTaxonomyOptions } from '../settings/useTaxonomy';

type Status = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';
const AUTOSAVE_MS = 1500;

/**
 * Structured form for one section with autosave: every change is saved a moment after typing stops,
 * from the revision the editor last saw. If someone saved in between, the server refuses (409) and
 * both texts are shown side by side: nothing is silently overwritten.
 */
export function SectionEditor({
  plan,
  section,
  lang,
  othersHere,
  saved,
}: {
  plan: Plan;
  section: PlanSection;
  lang: Language;
  othersHere: string[];
  saved: SavedNotice | null;
}) {
  const { t } = useTranslation('plan');
  const queryClient = useQueryClient();
  const actions = usePlanActions(plan.slug, plan.id);
  const [content, setContent] = useState<SectionContent>(section.content);
  const [revision, setRevision] = useState(section.revision);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<PlanSection | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ content, revision });
  latest.current = { content, revision };

  const save = (base = latest.current.revision, body = latest.current.content) => {
    setStatus('saving');
    actions.saveSection.mutate(
      { id: section.id, revision: base, content: body },
      {
        onSuccess: (s) => {
          setRevision(s.revision);
          setTheirs(null);
          setError(null);
          // Keep the page's copy in step without resetting this form.
          queryClient.setQueriesData<Plan>({ queryKey: planKey(plan.slug) }, (old) =>
            old && 'sections' in old && old.showing === 'draft'
              ? { ...old, sections: old.sections.map((x) => (x.id === s.id ? s : x)) }
              : old,
          );
          setStatus(latest.current.content === body ? 'saved' : 'dirty');
        },
        onError: (e) => {
          setError(e);
          if (e instanceof ApiError && e.code === 'plan.edit_conflict') {
            queryClient
              .fetchQuery({
                queryKey: [...planKey(plan.slug), 'draft'],
                queryFn: () => call(ROUTES.plan.get, { params: { idOrSlug: plan.id }, query: { version: 'draft' } }),
                staleTime: 0,
              })
              .then(
                (fresh) => {
                  setTheirs(fresh.sections.find((x) => x.id === section.id) ?? null);
                  setStatus('conflict');
                },
                () => setStatus('error'),
              );
          } else setStatus('error');
        },
      },
    );
  };

  const pending = useRef(false);
  const change = (next: SectionContent) => {
    setContent(next);
    setStatus('dirty');
    pending.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = false;
      save();
    }, AUTOSAVE_MS);
  };
  // Leaving the section with a change not yet sent: send it now rather than lose it.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current) {
        void call(ROUTES.plan.updateSection, {
          params: { id: plan.id, sectionId: section.id },
          body: { revision: latest.current.revision, content: latest.current.content },
        })
          .then(() => queryClient.invalidateQueries({ queryKey: planKey(plan.slug) }))
          .catch(() => undefined);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  // Someone else saved this section while this form has no pending change: take their text.
  useEffect(() => {
    if (!saved || saved.sectionId !== section.id || saved.revision <= latest.current.revision) return;
    if (status === 'idle' || status === 'saved') {
      void call(ROUTES.plan.get, { params: { idOrSlug: plan.id }, query: { version: 'draft' } }).then((fresh) => {
        const s = fresh.sections.find((x) => x.id === section.id);
        if (s) {
          setContent(s.content);
          setRevision(s.revision);
        }
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const text = (value: Partial<Record<Language, string>>) => value[lang] ?? '';
  const set = (value: Partial<Record<Language, string>>, v: string) => ({ ...value, [lang]: v });
  const paragraphs = (key: 'paragraphs' | 'expectedResults', label: string, addLabel: string) => (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {label}
      </Text>
      {content[key].map((p: PlanParagraph, i) => (
        <Group key={p.id} align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            label={t('fields.paragraph', { n: i + 1 })}
            autosize
            minRows={2}
            value={text(p.text)}
            description={reviewHint(`${key}.${p.id}`)}
            placeholder={Object.values(p.text).find(Boolean) ? t('editor.missingTranslation') : undefined}
            onChange={(e) =>
              change({
                ...content,
                [key]: content[key].map((x) => (x.id === p.id ? { ...x, text: set(x.text, e.currentTarget.value) } : x)),
              })
            }
          />
          <ActionIcon
            mt={28}
            variant="subtle"
            color="red"
            aria-label={`${t('editor.removeItem')} — ${t('fields.paragraph', { n: i + 1 })}`}
            onClick={() => change({ ...content, [key]: content[key].filter((x) => x.id !== p.id) })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => change({ ...content, [key]: [...content[key], { id: newId(), text: {} }] })}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );

  const sdgOptions = useMemo(
    () =>
      SDGS.map((g) => ({
        group: `${g.goal}. ${g.title[lang]}`,
        items: g.targets.map((x) => ({ value: x.code, label: `${x.code} ${x.text}` })),
      })),
    [lang],
  );
  const isAction = section.kind === 'action';
  // The territory's own vocabulary (settings): lines, regions, agendas, units.
  const lineOptions = useTaxonomyOptions('strategic_line');
  const regionOptions = useTaxonomyOptions('region');
  const agendaOptions = useTaxonomyOptions('agenda');
  const unitOptions = useTaxonomyOptions('indicator_unit');
  const statusText = {
    idle: '',
    dirty: t('editor.unsaved'),
    saving: t('editor.saving'),
    saved: t('editor.saved', { revision }),
    conflict: '',
    error: '',
  }[status];

  const onLanguages = (s: PlanSection) => {
    setContent(s.content);
    setRevision(s.revision);
    setStatus('saved');
    queryClient.setQueriesData<Plan>({ queryKey: planKey(plan.slug) }, (old) =>
      old && 'sections' in old && old.showing === 'draft' ? { ...old, sections: old.sections.map((x) => (x.id === s.id ? s : x)) } : old,
    );
  };
  const reviewHint = (field: string) => {
    const mark = content.review?.find((m) => m.field === field && m.language === lang);
    return mark
      ? t('mark.review', { ns: 'officialLanguages', language: t(`languages.${mark.from}`, { ns: 'officialLanguages' }) })
      : undefined;
  };

  return (
    <Stack gap="md">
      <SectionLanguages
        plan={plan}
        // The text revisions are the server's (the page's copy follows every save); the texts are the form's.
        section={{ id: section.id, revision, content: { ...content, changed: section.content.changed } }}
        disabled={status === 'dirty' || status === 'saving' || status === 'conflict'}
        onUpdated={onLanguages}
      />
      <Group justify="space-between">
        <Text size="sm" c="gray.7">
          {t('editor.autosave')}
        </Text>
        <Text size="sm" c={status === 'saved' ? 'green.9' : 'gray.8'} role="status" aria-live="polite">
          {statusText}
        </Text>
      </Group>
      {othersHere.length > 0 && (
        <Alert color="yellow" variant="light" c="gray.9">
          {t('editor.sameSection', { name: othersHere.join(', ') })}
        </Alert>
      )}
      {status === 'error' && <ErrorAlert error={error} />}
      {section.kind === 'strategic_line' && (
        <Select
          label={t('taxonomy.line', { ns: 'settings' })}
          description={t('taxonomy.lineHelp', { ns: 'settings' })}
          clearable
          value={content.strategicLine ?? null}
          data={lineOptions}
          onChange={(v) => change({ ...content, strategicLine: v })}
        />
      )}
      {status === 'conflict' && (
        <Alert
          color="red"
          variant="light"
          title={
            <Text fw={700} c="red.9">
              {t('editor.conflictTitle')}
            </Text>
          }
          role="alert"
        >
          <Stack gap="sm">
            <Text size="sm">{error instanceof ApiError ? error.message : ''}</Text>
            <Grid>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Card withBorder padding="xs">
                  <Text fw={600} size="sm">
                    {t('editor.theirText')}
                  </Text>
                  <ContentPreview content={theirs?.content ?? null} lang={lang} />
                </Card>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Card withBorder padding="xs">
                  <Text fw={600} size="sm">
                    {t('editor.yourText')}
                  </Text>
                  <ContentPreview content={content} lang={lang} />
                </Card>
              </Grid.Col>
            </Grid>
            <Group>
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  if (theirs) {
                    setContent(theirs.content);
                    setRevision(theirs.revision);
                    setStatus('saved');
                    setTheirs(null);
                  }
                }}
              >
                {t('editor.takeTheirs')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="outline"
                disabled={!theirs}
                onClick={() => theirs && save(theirs.revision, latest.current.content)}
              >
                {t('editor.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <TextInput
        label={t('fields.title')}
        value={text(content.title)}
        description={reviewHint('title')}
        onChange={(e) => change({ ...content, title: set(content.title, e.currentTarget.value) })}
      />
      {paragraphs('paragraphs', t('fields.paragraphs'), t('editor.addParagraph'))}
      <Text size="xs" c="gray.7">
        {t('editor.markdownHelp')}
      </Text>
      {isAction && paragraphs('expectedResults', t('fields.expectedResults'), t('editor.addResult'))}
      {isAction && (
        <TextInput
          label={t('fields.leadDepartment')}
          value={text(content.leadDepartment ?? {})}
          description={reviewHint('leadDepartment')}
          onChange={(e) => {
            // Per language, like every text of the section; no language left: no department.
            const next = set(content.leadDepartment ?? {}, e.currentTarget.value);
            change({ ...content, leadDepartment: Object.values(next).some((v) => v?.trim()) ? next : null });
          }}
        />
      )}
      {isAction && (
        <Stack gap="xs">
          <Title order={3} fz="sm">
            {t('fields.partners')}
          </Title>
          {content.partners.map((p, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('fields.partnerKind')}
                value={p.kind}
                data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKinds.${k}`) }))}
                onChange={(e) =>
                  change({
                    ...content,
                    partners: content.partners.map((x, j) => (j === i ? { ...x, kind: e.currentTarget.value as typeof x.kind } : x)),
                  })
                }
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('fields.partnerName')}
                value={p.name}
                onChange={(e) =>
                  change({ ...content, partners: content.partners.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })
                }
              />
              <ActionIcon
                mb={4}
                variant="subtle"
                color="red"
                aria-label={`${t('editor.removeItem')} — ${p.name}`}
                onClick={() => change({ ...content, partners: content.partners.filter((_, j) => j !== i) })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                change({ ...content, partners: [...content.partners, { kind: 'organisation', name: '', organisationId: null }] })
              }
            >
              {t('editor.addPartner')}
            </Button>
          </Group>
        </Stack>
      )}
      {section.kind !== 'general_objective' && section.kind !== 'specific_objective' && (
        <Stack gap="xs">
          <Title order={3} fz="sm">
            {t('fields.geographicPriorities')}
          </Title>
          {content.geographicPriorities.map((g, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('fields.territory')}
                value={g.territory}
                onChange={(e) =>
                  change({
                    ...content,
                    geographicPriorities: content.geographicPriorities.map((x, j) =>
                      j === i ? { ...x, territory: e.currentTarget.value } : x,
                    ),
                  })
                }
              />
              <NativeSelect
                label={t('fields.region')}
                value={g.region}
                data={
                  regionOptions.some((o) => o.value === g.region) ? regionOptions : [{ value: g.region, label: g.region }, ...regionOptions]
                }
                onChange={(e) =>
                  change({
                    ...content,
                    geographicPriorities: content.geographicPriorities.map((x, j) =>
                      j === i ? { ...x, region: e.currentTarget.value as typeof x.region } : x,
                    ),
                  })
                }
              />
              <NativeSelect
                label={t('fields.intensity')}
                value={g.intensity}
                data={PRIORITY_INTENSITIES.map((r) => ({ value: r, label: t(`intensities.${r}`) }))}
                onChange={(e) =>
                  change({
                    ...content,
                    geographicPriorities: content.geographicPriorities.map((x, j) =>
                      j === i ? { ...x, intensity: e.currentTarget.value as typeof x.intensity } : x,
                    ),
                  })
                }
              />
              <ActionIcon
                mb={4}
                variant="subtle"
                color="red"
                aria-label={`${t('editor.removeItem')} — ${g.territory}`}
                onClick={() => change({ ...content, geographicPriorities: content.geographicPriorities.filter((_, j) => j !== i) })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                change({
                  ...content,
                  geographicPriorities: [
                    ...content.geographicPriorities,
                    { territory: '', region: regionOptions[0]?.value ?? '', intensity: 'priority' },
                  ],
                })
              }
            >
              {t('editor.addPriority')}
            </Button>
          </Group>
          <MultiSelect
            label={t('fields.sdgTargets')}
            data={sdgOptions}
            value={content.sdgTargets}
            searchable
            clearable
            maxDropdownHeight={280}
            onChange={(v) => change({ ...content, sdgTargets: v })}
          />
          <Checkbox.Group
            label={t('fields.agendas')}
            value={content.agendas}
            onChange={(v) => change({ ...content, agendas: v as SectionContent['agendas'] })}
          >
            <Group mt={4}>
              {agendaOptions.map((a) => (
                <Checkbox key={a.value} value={a.value} label={a.label} />
              ))}
            </Group>
          </Checkbox.Group>
        </Stack>
      )}
      {isAction && (
        <Group align="flex-end" grow>
          <TextInput
            label={t('fields.budgetLine')}
            value={text(content.budget?.line ?? {})}
            description={reviewHint('budget.line')}
            onChange={(e) => {
              // The line's name per language; no name in any language and no amount: no budget.
              const line = set(content.budget?.line ?? {}, e.currentTarget.value);
              const named = Object.values(line).some((v) => v?.trim());
              change({
                ...content,
                budget: named || content.budget?.amount != null ? { line, amount: content.budget?.amount ?? null, currency: 'EUR' } : null,
              });
            }}
          />
          <NumberInput
            label={t('fields.budgetAmount')}
            min={0}
            disabled={!content.budget}
            value={content.budget?.amount ?? ''}
            onChange={(v) => content.budget && change({ ...content, budget: { ...content.budget, amount: v === '' ? null : Number(v) } })}
          />
        </Group>
      )}
      {isAction && (
        <Stack gap="xs">
          <Title order={3} fz="sm">
            {t('fields.indicators')}
          </Title>
          {content.indicators.map((ind, i) => {
            const put = (patch: Partial<typeof ind>) =>
              change({ ...content, indicators: content.indicators.map((x) => (x.id === ind.id ? { ...x, ...patch } : x)) });
            const num = (v: string | number) => (v === '' ? null : Number(v));
            return (
              <Card key={ind.id} withBorder padding="xs">
                <Grid gap="xs" align="flex-end">
                  <Grid.Col span={{ base: 12, md: 6 }}>
                    <TextInput
                      label={`${t('fields.indicatorName')} ${i + 1}`}
                      value={text(ind.name)}
                      onChange={(e) => put({ name: set(ind.name, e.currentTarget.value) })}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 3 }}>
                    <NativeSelect
                      label={t('fields.indicatorKind')}
                      value={ind.kind}
                      data={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`indicatorKinds.${k}`) }))}
                      onChange={(e) => put({ kind: e.currentTarget.value as typeof ind.kind })}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 3 }}>
                    <Select
                      label={t('fields.unit')}
                      searchable
                      clearable
                      value={ind.unit}
                      data={
                        !ind.unit || unitOptions.some((o) => o.value === ind.unit)
                          ? unitOptions
                          : [{ value: ind.unit, label: ind.unit }, ...unitOptions]
                      }
                      onChange={(v) => put({ unit: v || null })}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 3 }}>
                    <NumberInput
                      label={t('fields.baseline')}
                      value={ind.baselineValue ?? ''}
                      onChange={(v) => put({ baselineValue: num(v) })}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 3 }}>
                    <NumberInput label={t('fields.target')} value={ind.targetValue ?? ''} onChange={(v) => put({ targetValue: num(v) })} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 4 }}>
                    <TextInput
                      type="date"
                      label={t('fields.targetDate')}
                      value={ind.targetDate ?? ''}
                      onChange={(e) => put({ targetDate: e.currentTarget.value || null })}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 2 }}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('editor.removeItem')} — ${t('fields.indicatorName')} ${i + 1}`}
                      onClick={() => change({ ...content, indicators: content.indicators.filter((x) => x.id !== ind.id) })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Grid.Col>
                </Grid>
              </Card>
            );
          })}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                change({
                  ...content,
                  indicators: [
                    ...content.indicators,
                    {
                      id: newId(),
                      kind: 'quantitative',
                      name: {},
                      unit: null,
                      baselineValue: null,
                      baselineDate: null,
                      targetValue: null,
                      targetDate: null,
                      source: null,
                    },
                  ],
                })
              }
            >
              {t('editor.addIndicator')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function ContentPreview({ content, lang }: { content: SectionContent | null; lang: Language }) {
  if (!content) return null;
  return (
    <Stack gap={4} mt={4}>
      <Text size="sm" fw={600}>
        {content.title[lang] ?? Object.values(content.title)[0] ?? ''}
      </Text>
      {content.paragraphs.map((p) => (
        <Text key={p.id} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {p.text[lang] ?? ''}
        </Text>
      ))}
    </Stack>
  );
}
