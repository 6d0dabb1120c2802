import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language, ReviewMark } from '@polyphony/contracts';
import { LANGUAGE_NAMES } from '../../app/i18n';

/**
 * The texts of some official content filled by machine translation and not yet reviewed, one line per field
 * and language with an "approve as it is" button (plan sections, action tracking).
 */
export function ReviewMarksList({
  marks,
  label,
  disabled,
  approving,
  onApprove,
}: {
  marks: ReviewMark[];
  /** "Paragraph 2", "Milestone 1" for a mark's field key. */
  label: (field: string) => string;
  disabled?: boolean;
  /** The mark whose approval is on its way. */
  approving?: ReviewMark;
  onApprove: (m: ReviewMark) => void;
}) {
  const { t } = useTranslation('officialLanguages');
  if (!marks.length) return null;
  return (
    <Alert color="orange" variant="light" c="gray.9" p="xs" title={t('fill.toReview', { count: marks.length })}>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {marks.map((m) => (
          <Group key={`${m.field}-${m.language}`} component="li" justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm">
              {label(m.field)} · {LANGUAGE_NAMES[m.language as Language]}
            </Text>
            <Button
              size="compact-xs"
              variant="white"
              color="green.9"
              // green.9 on white is 4.3:1, short of AA for this small label: a darker green.
              c="#1e5f2c"
              leftSection={<IconCheck size={12} aria-hidden />}
              disabled={disabled}
              loading={approving === m}
              onClick={() => onApprove(m)}
              aria-label={t('fill.approveLabel', { field: label(m.field), language: LANGUAGE_NAMES[m.language as Language] })}
            >
              {t('fill.approve')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
