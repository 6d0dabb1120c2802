import { useId, useState, type ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { LANGUAGES, type Language } from '@polyphony/contracts';
import { TranslationMark } from './TranslationMark';
import { useMachineTranslation, type MachineTranslationRequest } from './useMachineTranslation';

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

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
  const mt = useMachineTranslation(item);
  const from = mt.from ?? item.from ?? undefined;
  const translation =
    mt.translation === null ? null : { text: mt.translation, html: item.format === 'markdown' ? mt.html : undefined, lang: mt.to };
  return (
    <TranslatedText original={{ text: item.text, html }} from={from} translation={translation}>
      {children}
    </TranslatedText>
  );
}

interface TranslatedTextProps {
  /** The original (its `lang` is `from`). */
  original: Omit<ShownText, 'lang'>;
  /** Language of the original ('und' or absent: unknown, shown as it is). */
  from?: string;
  /** The translation already at hand (from the API or a socket); null: the original only. */
  translation: ShownText | null;
  /** `showingOriginal` lets texts that go with this one (a card's excerpt) follow the same toggle. */
  children: (shown: ShownText, showingOriginal: boolean) => ReactNode;
}

/**
 * The presentation of a machine translation: the translation, marked "Machine translated from Catalan", and a
 * toggle to the original (keeps focus, tells its state). Used by MachineTranslated (translation asked over HTTP)
 * and by live rooms (translation received by socket).
 */
export function TranslatedText({ original, from, translation, children }: TranslatedTextProps) {
  const [showOriginal, setShowOriginal] = useState(false);
  const contentId = useId();
  const shownOriginal: ShownText = { ...original, lang: from && from !== 'und' ? from : undefined };
  if (translation === null || !isLanguage(from)) return <>{children(shownOriginal, true)}</>;
  return (
    <Stack gap={4}>
      <div id={contentId}>{children(showOriginal ? shownOriginal : translation, showOriginal)}</div>
      <TranslationMark
        state="machine"
        from={from}
        showingOriginal={showOriginal}
        onToggle={() => setShowOriginal((v) => !v)}
        controls={contentId}
      />
    </Stack>
  );
}
