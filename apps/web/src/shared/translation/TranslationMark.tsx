import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@polyphony/contracts';

/**
 * How a text reached the reader in their language:
 * machine: translated for this reader; review: filled by machine translation, stored, not yet reviewed by an
 * official; pending: being translated (the original is shown meanwhile); unavailable: translation off or failed
 * (the original is shown, and said so).
 */
export type TranslationMarkState = 'machine' | 'review' | 'pending' | 'unavailable';

/**
 * The one mark for every text not written in the reader's language, wherever it is shown (someone's words,
 * official content, live rooms): an icon, what happened ("Machine translated from Catalan", "to be reviewed",
 * "only in Catalan") and, when there is an original to go back to, a toggle button that tells its state
 * (aria-pressed) and which text it switches (aria-controls). The status text is announced politely.
 */
export function TranslationMark({
  state,
  from,
  showingOriginal = false,
  onToggle,
  controls,
  inline = false,
  onDark = false,
}: {
  state: TranslationMarkState;
  from: Language;
  showingOriginal?: boolean;
  /** Given when the original can replace the translation (machine and review states). */
  onToggle?: () => void;
  /** The id of the element whose text the toggle switches. */
  controls?: string;
  /** Inside running text (a span, not a block). */
  inline?: boolean;
  /** On a dark background (the home page's hero). */
  onDark?: boolean;
}) {
  const { t } = useTranslation(['translation', 'officialLanguages']);
  const language = t(`translation:languages.${from}`);
  const label = showingOriginal
    ? t('translation:original', { language })
    : state === 'machine'
      ? t(`translation:machineTranslatedFrom.${from}`)
      : t(`officialLanguages:mark.${state}`, { language });
  const canToggle = !!onToggle && (state === 'machine' || state === 'review');
  const review = state === 'review' && !showingOriginal;
  return (
    <Group
      component={inline ? 'span' : 'div'}
      display={inline ? 'inline-flex' : undefined}
      ml={inline ? 6 : undefined}
      gap={6}
      wrap="wrap"
      className="official-mark"
      data-mark={state}
      data-from={from}
    >
      <IconLanguage size={14} aria-hidden />
      <Text
        span
        size="xs"
        c={onDark ? 'civic.0' : review ? '#8a3500' : 'gray.7'}
        fw={review ? 600 : 400}
        data-testid="machine-translation-mark"
        aria-live="polite"
      >
        {label}
      </Text>
      {canToggle && (
        <UnstyledButton
          onClick={onToggle}
          fz="xs"
          c={onDark ? 'white' : 'civic.8'}
          td="underline"
          aria-pressed={showingOriginal}
          aria-controls={controls}
        >
          {showingOriginal ? t('translation:showTranslation') : t('translation:showOriginal')}
        </UnstyledButton>
      )}
    </Group>
  );
}
