import { Badge } from '@mantine/core';
import type { ProposalStatus } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ProposalStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_evaluation: 'yellow',
  accepted: 'green',
  partially_accepted: 'teal',
  not_retained: 'red',
  merged: 'grape',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('proposals');
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      c="gray.9"
      radius="sm"
      tt="none"
      fw={600}
      style={{ borderInlineStart: `3px solid var(--mantine-color-${COLORS[status]}-7)` }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
