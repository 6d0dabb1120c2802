import { Button, Card, Select, Stack, Text, Textarea, TextInput, Timeline, Title, Typography } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERS_NEEDING_JUSTIFICATION, type Proposal, type ProposalStatus, type ProposalStatusRequest } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAnswerProposal } from './useProposals';
import { dateTimeFormat } from '../../app/territory-time';

/** Every dated transition with its public text; the official answer form for officials. */
export function AnswerPanel({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation('proposals');
  const [status, setStatus] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [mergedIntoId, setMergedIntoId] = useState('');
  const [planActionId, setPlanActionId] = useState('');
  const answer = useAnswerProposal(p.id);
  const body = () =>
    ({
      status,
      text,
      ...(status === 'merged' ? { mergedIntoId: mergedIntoId.trim() } : {}),
      ...(planActionId.trim() && status?.includes('accepted') ? { planActionId: planActionId.trim() } : {}),
    }) as ProposalStatusRequest;
  const errors = fieldErrors(answer.error);
  const date = (iso: string) => dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  if (!p.history.length && !p.can.nextStatuses.length) return null;

  return (
    <Card padding="lg">
      <Title order={2} size="h3" mb="md">
        {t('page.history')}
      </Title>
      <Timeline active={p.history.length - 1} bulletSize={16} lineWidth={2}>
        {p.history.map((h) => (
          <Timeline.Item key={h.id} title={t(`status.${h.to}`)}>
            <Text size="sm" c="dimmed">
              <time dateTime={h.at}>{date(h.at)}</time>
              {h.actor ? ` — ${h.actor.displayName}` : ''}
            </Text>
            {h.text && (
              <Typography>
                <div dangerouslySetInnerHTML={{ __html: h.textHtml }} />
              </Typography>
            )}
            {h.mergedInto && <Text size="sm">{t('page.mergedInto', { title: h.mergedInto.title })}</Text>}
            {h.planActionId && <Text size="sm">{t('page.planAction', { id: h.planActionId })}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
      {p.can.nextStatuses.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            answer.mutate(body(), {
              onSuccess: () => {
                setText('');
                setStatus(null);
              },
            });
          }}
        >
          <Stack gap="sm" mt="lg">
            <Title order={3} size="h4">
              {t('page.answerTitle')}
            </Title>
            <ErrorAlert error={answer.error} />
            <Select
              label={t('page.nextStatus')}
              required
              value={status}
              onChange={setStatus}
              data={p.can.nextStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              error={errors.status}
            />
            <Textarea
              label={t('page.answerText')}
              description={t('page.answerHelp')}
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              required={Boolean(status && ANSWERS_NEEDING_JUSTIFICATION.includes(status as ProposalStatus))}
              error={errors.text}
            />
            {status === 'merged' && (
              <TextInput
                label={t('page.mergedIntoId')}
                required
                value={mergedIntoId}
                onChange={(e) => setMergedIntoId(e.currentTarget.value)}
                error={errors.mergedIntoId}
              />
            )}
            {status?.includes('accepted') && (
              <TextInput
                label={t('page.planActionId')}
                value={planActionId}
                onChange={(e) => setPlanActionId(e.currentTarget.value)}
                error={errors.planActionId}
              />
            )}
            <Button type="submit" loading={answer.isPending} disabled={!status} style={{ alignSelf: 'flex-start' }}>
              {t('page.sendAnswer')}
            </Button>
          </Stack>
        </form>
      )}
    </Card>
  );
}
