import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  SUGGESTION_SOURCE_KINDS,
  pickTranslation,
  type Plan,
  type StakeholderCategory,
  type SuggestionCandidate,
  type SuggestionKind,
  type SuggestionSourceKind,
} from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { pickText } from '../consultations/pickText';
import { newId, useCandidates, usePlan, usePlanActions, useSuggestions } from './usePlan';
import { SuggestionCard } from './SuggestionCard';
import { LoadMore } from '../../shared/LoadMore';

/** From synthesis to the draft: what was said (themes, proposals, key points) turned into suggestions, then accepted or not. */
export function PlanSuggestionsPage() {
  const { t } = useTranslation('plan');
  const { slug = '' } = useParams();
  const plan = usePlan(slug, 'draft');
  const [kind, setKind] = useState<SuggestionSourceKind>('theme');
  const [status, setStatus] = useState<string>('pending');
  const [from, setFrom] = useState<SuggestionCandidate | null>(null);
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  return (
    <>
      <Anchor component={Link} to={`/plans/${slug}`} size="sm" mb="sm" display="block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {pickText(p.title).text}
        </Group>
      </Anchor>
      <PageHeader title={t('suggestions.title')} />
      <Stack gap="xl">
        <Card component="section" aria-labelledby="candidates" withBorder padding="md">
          <Title order={2} fz="lg" id="candidates" mb="sm">
            {t('suggestions.candidates')}
          </Title>
          {!p.consultationId ? (
            <Text c="dimmed">{t('suggestions.noConsultation')}</Text>
          ) : (
            <Tabs value={kind} onChange={(v) => v && setKind(v as SuggestionSourceKind)}>
              <Tabs.List>
                {SUGGESTION_SOURCE_KINDS.map((k) => (
                  <Tabs.Tab key={k} value={k}>
                    {t(`suggestionSources.${k}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value={kind} pt="md">
                <Candidates slug={slug} kind={kind} onSuggest={setFrom} />
              </Tabs.Panel>
            </Tabs>
          )}
        </Card>
        <Card component="section" aria-labelledby="suggestions" withBorder padding="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg" id="suggestions">
              {t('suggestions.list')}
            </Title>
            <SegmentedControl
              aria-label={t('suggestions.filter')}
              value={status}
              onChange={setStatus}
              data={[
                { value: 'pending', label: t('suggestionStatuses.pending') },
                { value: 'accepted', label: t('suggestionStatuses.accepted') },
                { value: 'rejected', label: t('suggestionStatuses.rejected') },
                { value: '', label: t('suggestions.all') },
              ]}
            />
          </Group>
          <SuggestionList plan={p} status={status || undefined} />
        </Card>
      </Stack>
      {from && <SuggestModal plan={p} candidate={from} onClose={() => setFrom(null)} />}
    </>
  );
}

function Candidates({ slug, kind, onSuggest }: { slug: string; kind: SuggestionSourceKind; onSuggest: (c: SuggestionCandidate) => void }) {
  const { t } = useTranslation('plan');
  const candidates = useCandidates(slug, kind);
  if (candidates.isPending) return <PageLoader />;
  if (candidates.isError) return <ErrorAlert error={candidates.error} />;
  if (!candidates.data.length) return <Text c="dimmed">{t('suggestions.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {candidates.data.map((c) => (
        <Candidate key={c.id} candidate={c} onSuggest={onSuggest} />
      ))}
    </Stack>
  );
}

/** One candidate; the synthesis' "other" theme (contributions that fit no theme) has no label of its own. */
function Candidate({ candidate, onSuggest }: { candidate: SuggestionCandidate; onSuggest: (c: SuggestionCandidate) => void }) {
  const { t } = useTranslation('plan');
  const label = candidate.label || (candidate.kind === 'theme' ? t('synthesis:themes.other') : t('suggestions.unnamed'));
  const c = { ...candidate, label };
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={600}>{c.label}</Text>
          {c.text && c.text !== c.label && (
            <Text size="sm" lineClamp={3}>
              {c.text}
            </Text>
          )}
          <Group gap={6}>
            <Text size="sm" c="gray.7">
              {t('suggestions.contributions', { count: c.count })}
            </Text>
            {Object.keys(c.byCategory).map((cat) => (
              <CategoryBadge key={cat} category={cat as StakeholderCategory} />
            ))}
            {c.suggested && (
              <Badge variant="outline" color="gray" c="gray.8">
                {t('suggestions.alreadySuggested')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Button size="xs" onClick={() => onSuggest(c)} aria-label={`${t('suggestions.suggest')} — ${c.label}`}>
          {t('suggestions.suggest')}
        </Button>
      </Group>
    </Card>
  );
}

function SuggestModal({ plan, candidate, onClose }: { plan: Plan; candidate: SuggestionCandidate; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const lang = currentLanguage();
  const actions = usePlanActions(plan.slug, plan.id);
  const lines = plan.sections.filter((s) => s.kind === 'strategic_line');
  const [kind, setKind] = useState<SuggestionKind>('new_action');
  const [target, setTarget] = useState(lines[0]?.id ?? plan.sections[0]?.id ?? '');
  const [paragraph, setParagraph] = useState('');
  const [title, setTitle] = useState(candidate.label.slice(0, 200));
  const [text, setText] = useState(candidate.text);
  const targets = kind === 'new_action' ? lines : plan.sections;
  const targetSection = plan.sections.find((s) => s.id === target);
  const paragraphs = [...(targetSection?.content.paragraphs ?? []), ...(targetSection?.content.expectedResults ?? [])];
  const errors = fieldErrors(actions.suggest.error);
  const submit = () =>
    actions.suggest.mutate(
      {
        kind,
        source: { kind: candidate.kind, id: candidate.id },
        targetSectionId: target,
        targetParagraphId: kind === 'amendment' ? paragraph || paragraphs[0]?.id || null : null,
        content: {
          title: kind === 'new_action' ? { [lang]: title } : {},
          paragraphs: text.trim() ? [{ id: newId(), text: { [lang]: text } }] : [],
        },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} size="lg" title={t('suggestions.suggest')}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('suggestions.from', { label: candidate.label })}
        </Text>
        <ErrorAlert error={actions.suggest.error} />
        <NativeSelect
          label={t('suggestions.kind')}
          value={kind}
          onChange={(e) => {
            const k = e.currentTarget.value as SuggestionKind;
            setKind(k);
            if (k === 'new_action') setTarget(lines[0]?.id ?? '');
          }}
          data={(['new_action', 'addition', 'amendment'] as const).map((k) => ({ value: k, label: t(`suggestionKinds.${k}`) }))}
        />
        <NativeSelect
          label={t('suggestions.target')}
          value={target}
          onChange={(e) => {
            setTarget(e.currentTarget.value);
            setParagraph('');
          }}
          error={errors.targetSectionId}
          data={targets.map((s) => ({ value: s.id, label: `${s.code ? `${s.code} · ` : ''}${pickTranslation(s.content.title, lang)}` }))}
        />
        {kind === 'amendment' && (
          <NativeSelect
            label={t('suggestions.targetParagraph')}
            value={paragraph || paragraphs[0]?.id || ''}
            onChange={(e) => {
              setParagraph(e.currentTarget.value);
              setText(pickTranslation(paragraphs.find((p) => p.id === e.currentTarget.value)?.text, lang));
            }}
            error={errors.targetParagraphId}
            data={paragraphs.map((p, i) => ({ value: p.id, label: `${i + 1}. ${pickTranslation(p.text, lang).slice(0, 80)}` }))}
          />
        )}
        {kind === 'new_action' && <TextInput label={t('fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />}
        <Textarea
          label={t('suggestions.textLabel')}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors['content.paragraphs']}
        />
        <Group justify="flex-end">
          <Button onClick={submit} loading={actions.suggest.isPending}>
            {t('suggestions.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SuggestionList({ plan, status }: { plan: Plan; status: string | undefined }) {
  const { t } = useTranslation('plan');
  const list = useSuggestions(plan.slug, status);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (!items.length) return <Text c="dimmed">{t('suggestions.none')}</Text>;
  return (
    <Stack gap="md">
      {items.map((s) => (
        <SuggestionCard key={s.id} plan={plan} suggestion={s} />
      ))}
      <LoadMore query={list} variant="light">
        {t('fates.loadMore')}
      </LoadMore>
    </Stack>
  );
}
