import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from './useCountryOptions';

interface CountrySelectProps {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  required?: boolean;
  /** Label of an empty first option ("All countries" in filters, "Choose..." in forms). */
  emptyLabel?: string;
  description?: string;
}

/** A native select of every country, named in the UI language. */
export function CountrySelect({ label, value, onChange, error, required, emptyLabel, description }: CountrySelectProps) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  return (
    <NativeSelect
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required={required}
      data={[{ value: '', label: emptyLabel ?? t('common.choose') }, ...options]}
    />
  );
}
