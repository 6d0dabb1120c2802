import { NativeSelect } from '@mantine/core';
import type { StakeholderCategory } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

interface CategorySelectProps {
  label: string;
  categories: readonly StakeholderCategory[];
  value: string;
  onChange: (category: string) => void;
  error?: string;
  required?: boolean;
  emptyLabel?: string;
  description?: string;
  disabled?: boolean;
}

/** A native select of stakeholder categories, with translated labels. */
export function CategorySelect({
  label,
  categories,
  value,
  onChange,
  error,
  required,
  emptyLabel,
  description,
  disabled,
}: CategorySelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required={required}
      disabled={disabled}
      data={[
        { value: '', label: emptyLabel ?? t('common.choose') },
        ...categories.map((code) => ({ value: code, label: t(`categories.${code}`) })),
      ]}
    />
  );
}
