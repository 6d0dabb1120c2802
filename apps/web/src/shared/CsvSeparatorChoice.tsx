import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvSeparatorFor, type CsvSeparator } from '@polyphony/contracts';
import { currentLanguage } from '../app/i18n';

/**
 * The CSV separator to ask the API for: until the reader picks one, the one Excel expects in the interface's
 * language (followed if the language changes).
 */
export function useCsvSeparator(): [CsvSeparator, (value: CsvSeparator) => void] {
  useTranslation();
  const [chosen, setChosen] = useState<CsvSeparator | null>(null);
  return [chosen ?? csvSeparatorFor(currentLanguage()), setChosen];
}

/** A small labelled choice placed next to a CSV export link or button. */
export function CsvSeparatorChoice({ value, onChange }: { value: CsvSeparator; onChange: (value: CsvSeparator) => void }) {
  const { t } = useTranslation('web');
  return (
    <NativeSelect
      size="xs"
      label={t('csv.separator')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as CsvSeparator)}
      data={[
        { value: 'semicolon', label: t('csv.semicolon') },
        { value: 'comma', label: t('csv.comma') },
      ]}
      data-testid="csv-separator"
    />
  );
}
