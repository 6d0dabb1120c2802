import '@mantine/dates/styles.css';
import './DateField.css';
import { useRef, useState } from 'react';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateDisplayFormat, fromPickerDateTime, parseDateText, toPickerDateTime } from './dateText';

export type DateFieldProps = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime'> & {
  /** `YYYY-MM-DD` ('' when empty); with `withTime`, `YYYY-MM-DDTHH:mm` in the reader's time, as a datetime-local input held it. */
  value: string;
  onChange: (value: string) => void;
  withTime?: boolean;
  'data-path'?: string;
};

/**
 * A date field shown and typed in the page's language, whatever the browser's (a native date input follows
 * the browser's: mm/dd/yyyy on a Catalan page in an English Chromium), with a calendar in that language. It
 * takes and gives the same strings as the native input did, so forms and the API see no change; the rest
 * (label, error, required, `form.getInputProps(path)` with its `data-path`) goes to Mantine's DateInput.
 * Clearable unless required. Escape closes its open calendar only, not the dialog it sits in.
 */
export function DateField({ value, onChange, withTime = false, required, clearable, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation('web');
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const picker = withTime ? toPickerDateTime(value) : value || null;
  // A dialog closes on Escape (seen before the field, in the capture phase) unless its target carries Mantine's
  // stop mark: the field carries it while its calendar is open, as Mantine's own selects do.
  const [calendarOpen, setCalendarOpen] = useState(false);
  // A day picked in the calendar comes at midnight: with a time, the time already typed is kept.
  const dayPicked = useRef(false);
  const change = (next: string | null) => {
    const picked = dayPicked.current;
    dayPicked.current = false;
    if (!withTime) return onChange(next ?? '');
    const kept = picked && next && value ? `${next.slice(0, 10)}T${value.slice(11, 16)}` : fromPickerDateTime(next);
    onChange(kept);
  };
  return (
    <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>
      <DateInput
        {...rest}
        data-mantine-stop-propagation={calendarOpen || undefined}
        popoverProps={{ ...rest.popoverProps, onOpen: () => setCalendarOpen(true), onClose: () => setCalendarOpen(false) }}
        required={required}
        clearable={clearable ?? !required}
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        value={picker}
        onChange={change}
        hideOutsideDates
        classNames={{ day: 'date-field-day' }}
        getDayProps={(day) => ({ ...rest.getDayProps?.(day), onClick: () => (dayPicked.current = true) })}
        withTime={withTime}
        valueFormat={dateDisplayFormat(lang, withTime)}
        dateParser={(text) => parseDateText(text, lang, withTime)}
        placeholder={rest.placeholder ?? t(withTime ? 'dates.placeholderTime' : 'dates.placeholder')}
        ariaLabels={{
          nextMonth: t('dates.nextMonth'),
          previousMonth: t('dates.previousMonth'),
          nextYear: t('dates.nextYear'),
          previousYear: t('dates.previousYear'),
          nextDecade: t('dates.nextDecade'),
          previousDecade: t('dates.previousDecade'),
        }}
      />
    </DatesProvider>
  );
}
