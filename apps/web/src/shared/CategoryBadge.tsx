import { Badge } from '@mantine/core';
import type { StakeholderCategory } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<StakeholderCategory, string> = {
  resident: 'civic',
  civil_society: 'grape',
  academia: 'indigo',
  private_sector: 'teal',
  diaspora: 'ochre',
  public_institution: 'blue',
  international: 'cyan',
  official: 'gray',
};

/** A tinted badge per category; the text stays near-black so every tint keeps AA contrast. */
export function CategoryBadge({ category }: { category: StakeholderCategory }) {
  const { t } = useTranslation();
  const color = COLORS[category];
  return (
    <Badge
      color={color}
      variant="light"
      c="gray.9"
      radius="sm"
      tt="none"
      fw={600}
      style={{ borderInlineStart: `3px solid var(--mantine-color-${color}-7)` }}
    >
      {t(`categories.${category}`)}
    </Badge>
  );
}
