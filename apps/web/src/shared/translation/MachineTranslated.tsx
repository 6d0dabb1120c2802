import { useId, useState, type ReactNode } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMachineTranslation, type MachineTranslationRequest } from './useMachineTranslation';

export interface ShownText {
  text: string;
  /** Sanitised HTML (the original's, or the translation rendered by the API) when the text is Markdown. */
  html?: string;
  /** Language of what is shown, for the `lang` attribute. */
  lang?: string;
}

interface Props extends MachineTranslationRequest {
  /** The original rendered as HTML (Markdown texts). */
  html?: string;
  /** Renders the text shown (the translation or the original). */
  children: (shown: ShownText) => ReactNode;
}

/**
 * Someone's words in the reader's language: the machine translation, marked "Machine translated from Catalan",
 * with the original one click away (a toggle button that keeps focus and tells its state). The original is
 * shown as it is when the languages match, while the translation loads, or when none is available.
 */
export function MachineTranslated({ children, html, ...item }: Props) {
  const { t } = useTranslation('translation');
  const mt = useMachineTranslation(item);
  const [showOriginal, setShowOriginal] = useState(false);
  const contentId = useId();
  const from = mt.from ?? item.from ?? undefined;
  const original: ShownText = { text: item.text, html, lang: from && from !== 'und' ? from : undefined };
  if (mt.translation === null || !from || from === 'und') return <>{children(original)}</>;
  const translated: ShownText = { text: mt.translation, html: item.format === 'markdown' ? mt.html : undefined, lang: mt.to };
  return (
    <Stack gap={4}>
      <div id={contentId} aria-live="polite">
        {children(showOriginal ? original : translated)}
      </div>
      <Group gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed" data-testid="machine-translation-mark">
          {showOriginal ? t('original', { language: t(`languages.${from}`) }) : t(`machineTranslatedFrom.${from}`)}
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          aria-controls={contentId}
          aria-pressed={showOriginal}
          onClick={() => setShowOriginal((v) => !v)}
        >
          {showOriginal ? t('showTranslation') : t('showOriginal')}
        </Button>
      </Group>
    </Stack>
  );
}
