import { useState } from 'react';
import { Badge, Blockquote, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import type { Plan, StakeholderCategory, Suggestion } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { StatusBadge } from '../../shared/StatusBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { newId, usePlanActions } from './usePlan';

const STATUS_COLOURS = { pending: 'orange', accepted: 'green', rejected: 'gray' } as const;

/** A suggestion, read in the official's language (machine translated and marked where it was written in another), accepted where they choose. */
export function SuggestionCard({ plan, suggestion: s }: { plan: Plan; suggestion: Suggestion }) {
  const { t } = useTranslation('plan');
  const lang = currentLanguage();
  const localize = useLocalize();
  const actions = usePlanActions(plan.slug, plan.id);
  const [mode, setMode] = useState<'accept' | 'reject' | null>(null);
  const shownTitle = localize(s.content.title);
  const shownText = localize(s.content.paragraphs[0]?.text);
  // What the form starts from: the reader's language, or its machine translation (kept as such unless edited).
  const [start, setStart] = useState({ title: '', text: '' });
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [answer, setAnswer] = useState('');
  const targets = plan.sections.filter((x) => s.kind !== 'new_action' || x.kind === 'strategic_line');
  const [targetId, setTargetId] = useState(s.targetSectionId);
  const [position, setPosition] = useState('');
  const target = plan.sections.find((x) => x.id === targetId);
  const places =
    s.kind === 'new_action'
      ? plan.sections
          .filter((x) => x.kind === 'action' && x.parentId === targetId)
          .map((x) => ({ code: x.code, title: localize(x.content.title).text }))
      : (target?.content.paragraphs ?? []).map((p, i) => ({ code: String(i + 1), title: localize(p.text).text.slice(0, 60) }));
  const errors = fieldErrors(actions.decide.error);
  const open = () => {
    const begin = { title: shownTitle.text, text: shownText.text };
    setStart(begin);
    setTitle(begin.title);
    setText(begin.text);
    setMode('accept');
  };
  const accept = () => {
    const first = s.content.paragraphs[0];
    // Only what the official wrote (or kept in their own language) is theirs; the rest is filled by the server, marked to review.
    const wrote = (value: string, initial: string, own: boolean) => value.trim() && (own || value !== initial);
    const textOwn = shownText.state === 'own' || shownText.state === 'review';
    const titleOwn = shownTitle.state === 'own' || shownTitle.state === 'review';
    const paragraphs = first
      ? [
          { id: first.id, text: wrote(text, start.text, textOwn) ? { ...first.text, [lang]: text } : first.text },
          ...s.content.paragraphs.slice(1),
        ]
      : text.trim()
        ? [{ id: newId(), text: { [lang]: text } }]
        : [];
    actions.decide.mutate(
      {
        id: s.id,
        body: {
          decision: 'accept',
          content: {
            ...s.content,
            title: s.kind === 'new_action' && wrote(title, start.title, titleOwn) ? { ...s.content.title, [lang]: title } : s.content.title,
            paragraphs,
          },
          ...(s.kind !== 'amendment' ? { targetSectionId: targetId } : {}),
          ...(s.kind !== 'amendment' && position !== '' ? { position: Number(position) } : {}),
          ...(s.sourceKind === 'proposal' && answer.trim() ? { proposalAnswer: answer } : {}),
        },
      },
      { onSuccess: () => setMode(null) },
    );
  };
  const headingId = `sg-${s.id}`;
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <StatusBadge color={STATUS_COLOURS[s.status]}>{t(`suggestionStatuses.${s.status}`)}</StatusBadge>
          <Badge variant="outline" color="gray" c="gray.8">
            {t(`suggestionKinds.${s.kind}`)}
            {s.targetCode ? ` → ${s.targetCode}` : ''}
          </Badge>
          <Text size="sm" c="gray.7">
            {t(`suggestionSources.${s.sourceKind}`)}
          </Text>
        </Group>
        <Title order={3} fz="md" id={headingId} lang={s.kind === 'new_action' ? shownTitle.lang : undefined}>
          {s.kind === 'new_action' ? shownTitle.text : s.sourceLabel}
        </Title>
        {s.kind === 'new_action' && <LocalizedMark value={shownTitle} />}
        {s.content.paragraphs.map((p) => (
          <LocalizedText key={p.id} value={localize(p.text)} component="p" className="suggestion-text" />
        ))}
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {t('sources.total', { count: s.sources.total })}
          </Text>
          {Object.entries(s.sources.byCategory).map(([c, n]) => (
            <Group key={c} gap={2}>
              <CategoryBadge category={c as StakeholderCategory} />
              <Text size="xs">{n}</Text>
            </Group>
          ))}
        </Group>
        {s.sources.quotes.map((q) => (
          <Blockquote key={q.contributionId} p="xs" color="gray">
            <MachineTranslated text={q.text} from={q.language}>
              {(shown) => (
                <Text size="sm" lang={shown.lang}>
                  {shown.text}
                </Text>
              )}
            </MachineTranslated>
            <Text size="xs" c="gray.7" mt={4}>
              {q.author ?? t('sources.person')}
            </Text>
          </Blockquote>
        ))}
        {s.status === 'accepted' && (
          <Text size="sm" c="green.9">
            {t('suggestions.result', { code: s.resultCode ?? '' })}
            {s.decidedBy ? ` · ${t('suggestions.decidedBy', { name: s.decidedBy })}` : ''}
          </Text>
        )}
        {s.status === 'rejected' && <Text size="sm">{t('fates.notRetained', { reason: s.reason ?? '' })}</Text>}
        {s.status === 'pending' && mode === null && (
          <Group>
            <Button size="xs" onClick={open}>
              {t('suggestions.accept')}
            </Button>
            <Button size="xs" variant="light" color="gray" onClick={() => setMode('reject')}>
              {t('suggestions.reject')}
            </Button>
          </Group>
        )}
        {mode === 'accept' && (
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('suggestions.acceptTitle')}
            </Text>
            <ErrorAlert error={actions.decide.error} />
            {s.kind !== 'amendment' && (
              <Group grow align="flex-start">
                <NativeSelect
                  label={t(s.kind === 'new_action' ? 'placement.line' : 'placement.section', { ns: 'officialLanguages' })}
                  value={targetId}
                  onChange={(e) => {
                    setTargetId(e.currentTarget.value);
                    setPosition('');
                  }}
                  error={errors.targetSectionId}
                  data={targets.map((x) => ({ value: x.id, label: `${x.code ? `${x.code} · ` : ''}${localize(x.content.title).text}` }))}
                />
                <NativeSelect
                  label={t('placement.position', { ns: 'officialLanguages' })}
                  value={position}
                  onChange={(e) => setPosition(e.currentTarget.value)}
                  data={[
                    { value: '', label: t('placement.last', { ns: 'officialLanguages' }) },
                    ...places.map((x, i) => ({
                      value: String(i),
                      label:
                        s.kind === 'new_action'
                          ? t('placement.beforeAction', { ns: 'officialLanguages', code: x.code, title: x.title })
                          : t('placement.beforeParagraph', { ns: 'officialLanguages', n: x.code }),
                    })),
                  ]}
                />
              </Group>
            )}
            {s.kind === 'new_action' && (
              <TextInput label={t('fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} lang={lang} />
            )}
            <Textarea
              label={t('suggestions.textLabel')}
              autosize
              minRows={2}
              value={text}
              lang={lang}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Text size="xs" c="gray.7">
              {t('placement.prefill', { ns: 'officialLanguages' })}
            </Text>
            {s.sourceKind === 'proposal' && (
              <Textarea
                label={t('suggestions.proposalAnswer')}
                autosize
                minRows={2}
                value={answer}
                onChange={(e) => setAnswer(e.currentTarget.value)}
              />
            )}
            <Group>
              <Button size="xs" onClick={accept} loading={actions.decide.isPending}>
                {t('suggestions.acceptSubmit')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setMode(null)}>
                {t('common.cancel', { ns: 'web' })}
              </Button>
            </Group>
          </Stack>
        )}
        {mode === 'reject' && (
          <Stack gap="xs">
            <ErrorAlert error={actions.decide.error} />
            <Textarea
              label={t('suggestions.reason')}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
            />
            <Group>
              <Button
                size="xs"
                color="gray"
                onClick={() =>
                  actions.decide.mutate({ id: s.id, body: { decision: 'reject', reason } }, { onSuccess: () => setMode(null) })
                }
                loading={actions.decide.isPending}
                disabled={reason.trim().length < 3}
              >
                {t('suggestions.rejectSubmit')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setMode(null)}>
                {t('common.cancel', { ns: 'web' })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
