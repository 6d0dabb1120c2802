import { useEffect, useState } from 'react';
import { Blockquote, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnotationKind, Language } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { usePlanActions } from './usePlan';

export interface AnnotationTarget {
  sectionId: string;
  paragraphId: string;
  kind: AnnotationKind;
  quote: string;
  quoteStart: number | null;
  paragraphText: string;
  language: Language;
}

/** Comment on a selected passage, or propose an amendment of the paragraph. */
export function AnnotationModal({
  target,
  version,
  actions,
  onClose,
}: {
  target: AnnotationTarget | null;
  version: number;
  actions: ReturnType<typeof usePlanActions>;
  onClose: () => void;
}) {
  const { t } = useTranslation('plan');
  const [body, setBody] = useState('');
  const [proposed, setProposed] = useState('');
  useEffect(() => {
    setBody('');
    setProposed(target?.paragraphText ?? '');
    actions.annotate.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);
  const errors = fieldErrors(actions.annotate.error);
  if (!target) return null;
  const submit = () =>
    actions.annotate.mutate(
      {
        version,
        body: {
          sectionId: target.sectionId,
          paragraphId: target.paragraphId,
          language: target.language,
          kind: target.kind,
          quote: target.quote,
          quoteStart: target.quoteStart,
          body,
          proposedText: target.kind === 'amendment' ? proposed : null,
        },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} title={target.kind === 'comment' ? t('review.comment') : t('review.amend')} size="lg">
      <Stack gap="sm">
        <ErrorAlert error={actions.annotate.error} />
        <Text size="sm" fw={600}>
          {t('review.quoteLabel')}
        </Text>
        <Blockquote p="xs" color="yellow">
          {target.quote || t('review.wholeParagraph')}
        </Blockquote>
        <Textarea
          label={t('review.commentLabel')}
          required
          autosize
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.body}
          data-autofocus
        />
        {target.kind === 'amendment' && (
          <Textarea
            label={t('review.proposedLabel')}
            required
            autosize
            minRows={3}
            value={proposed}
            onChange={(e) => setProposed(e.currentTarget.value)}
            error={errors.proposedText}
          />
        )}
        <Group justify="flex-end">
          <Button onClick={submit} loading={actions.annotate.isPending} disabled={!body.trim()}>
            {t('review.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
