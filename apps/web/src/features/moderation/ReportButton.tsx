import { Button, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_REASONS, type ModerationTarget, type ReportReason } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useReport } from './useModeration';

/** "Report" and its dialog (a reason, optional details); any kind of content. */
export function ReportButton({
  targetType,
  targetId,
  reported = false,
  compact = false,
}: {
  targetType: ModerationTarget;
  targetId: string;
  reported?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation('proposals');
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState<string | null>(null);
  const [details, setDetails] = useState('');
  const report = useReport();
  if (reported || report.isSuccess)
    return (
      <Text size="xs" c="dimmed" role="status">
        {t('page.reported')}
      </Text>
    );
  return (
    <>
      <Button size={compact ? 'compact-xs' : 'xs'} variant="subtle" color="gray" onClick={open}>
        {t('page.report')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('page.reportTitle')} closeButtonProps={{ 'aria-label': t('comments.cancel') }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reason) report.mutate({ targetType, targetId, reason: reason as ReportReason, details }, { onSuccess: close });
          }}
        >
          <Stack gap="sm">
            <ErrorAlert error={report.error} />
            <Select
              label={t('page.reason')}
              required
              value={reason}
              onChange={setReason}
              data={REPORT_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
              comboboxProps={{ withinPortal: false }}
            />
            <Textarea label={t('page.details')} value={details} onChange={(e) => setDetails(e.currentTarget.value)} maxLength={1000} />
            <Button type="submit" disabled={!reason} loading={report.isPending}>
              {t('page.sendReport')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
