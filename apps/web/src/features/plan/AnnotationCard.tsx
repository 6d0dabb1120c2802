import { useState } from 'react';
import { Blockquote, Button, Card, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@polyphony/contracts';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { StatusBadge } from '../../shared/StatusBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { usePlanActions } from './usePlan';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { dateTimeFormat } from '../../app/territory-time';

const STATUS_COLOURS = { open: 'gray', answered: 'blue', accepted: 'green', not_retained: 'red' } as const;

/** One comment or amendment beside its paragraph, with the official answer (officials answer here). */
export function AnnotationCard({
  annotation,
  canAnswer,
  actions,
}: {
  annotation: Annotation;
  canAnswer: boolean;
  actions: ReturnType<typeof usePlanActions>;
}) {
  const { t, i18n } = useTranslation('plan');
  const [answering, setAnswering] = useState(false);
  const [status, setStatus] = useState<'answered' | 'accepted' | 'not_retained'>('answered');
  const [text, setText] = useState('');
  const a = annotation;
  return (
    <Card component="article" withBorder padding="sm" aria-label={`${t(`annotationKinds.${a.kind}`)} — ${a.author}`}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {a.author}
            </Text>
            <CategoryBadge category={a.authorCategory} />
          </Group>
          <StatusBadge color={STATUS_COLOURS[a.status]}>{t(`annotationStatuses.${a.status}`)}</StatusBadge>
        </Group>
        <Text size="xs" c="gray.7">
          {t(`annotationKinds.${a.kind}`)} · {dateTimeFormat(i18n.language, { dateStyle: 'short' }).format(new Date(a.createdAt))}
        </Text>
        {a.quote && (
          <Blockquote p={6} color="yellow" fz="sm">
            <Text size="sm" component="span" fs="italic">
              {a.quote}
            </Text>
          </Blockquote>
        )}
        <MachineTranslated text={a.body} from={a.language} format="markdown" html={a.bodyHtml}>
          {(shown) => <div className="plan-html" lang={shown.lang} dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />}
        </MachineTranslated>
        {a.proposedText && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('review.proposed')}
            </Text>
            <MachineTranslated text={a.proposedText} from={a.language}>
              {(shown) => (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={shown.lang}>
                  {shown.text}
                </Text>
              )}
            </MachineTranslated>
          </Stack>
        )}
        {a.answerHtml && (
          <Card withBorder padding="xs" bg="gray.0">
            <Text size="xs" fw={600}>
              {t('review.answeredBy', { name: a.answeredBy ?? '' })}
            </Text>
            <div className="plan-html" dangerouslySetInnerHTML={{ __html: a.answerHtml }} />
          </Card>
        )}
        {canAnswer && !answering && (
          <Group justify="flex-end">
            <Button size="xs" variant="light" onClick={() => setAnswering(true)}>
              {t('review.answer')}
            </Button>
          </Group>
        )}
        {canAnswer && answering && (
          <Stack gap="xs">
            <ErrorAlert error={actions.answer.error} />
            <NativeSelect
              size="xs"
              label={t('review.answerStatus')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
              data={(['answered', 'accepted', 'not_retained'] as const).map((s) => ({ value: s, label: t(`annotationStatuses.${s}`) }))}
            />
            <Textarea
              size="xs"
              label={t('review.answerLabel')}
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button
                size="xs"
                disabled={!text.trim()}
                loading={actions.answer.isPending}
                onClick={() =>
                  actions.answer.mutate({ id: a.id, body: { status, answer: text } }, { onSuccess: () => setAnswering(false) })
                }
              >
                {t('review.answerSubmit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
