import { useId, useState, type ElementType } from 'react';
import { TranslationMark } from '../translation/TranslationMark';
import type { Language, TranslatedText } from '@polyphony/contracts';
import { useLocalize, type Localized } from './useLocalize';

/** The mark of an official text not written in the reader's language (the one TranslationMark), from a Localized value. */
export function LocalizedMark({
  value,
  showing,
  onToggle,
  controls,
  inline = false,
  onDark = false,
}: {
  value: Localized;
  showing?: 'original' | 'shown';
  onToggle?: () => void;
  controls?: string;
  /** Inside running text (a span, not a block). */
  inline?: boolean;
  onDark?: boolean;
}) {
  if (value.state === 'own' || value.state === 'empty' || !value.from) return null;
  return (
    <TranslationMark
      state={value.state}
      from={value.from}
      inline={inline}
      showingOriginal={showing === 'original'}
      onToggle={value.original ? onToggle : undefined}
      controls={controls}
      onDark={onDark}
    />
  );
}

/**
 * An official text in the reader's language with its mark: `html` renders the (sanitised) HTML the
 * server gave, else plain text. The original replaces the translation on demand.
 */
export function LocalizedText({
  value,
  component = 'div',
  html = false,
  className,
}: {
  value: Localized;
  component?: ElementType;
  html?: boolean;
  className?: string;
}) {
  const [showing, setShowing] = useState<'original' | 'shown'>('shown');
  const id = useId();
  const Component = component;
  const shown = showing === 'original' && value.original ? value.original : value;
  const body = html ? (
    <Component id={id} className={className} lang={shown.lang} dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />
  ) : (
    <Component id={id} className={className} lang={shown.lang}>
      {shown.text}
    </Component>
  );
  if (value.state === 'own' || value.state === 'empty') return body;
  const inline = component === 'span';
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper className="official-text" data-state={value.state}>
      {body}
      <LocalizedMark
        value={value}
        inline={inline}
        showing={showing}
        controls={id}
        onToggle={() => setShowing((s) => (s === 'original' ? 'shown' : 'original'))}
      />
    </Wrapper>
  );
}

/** A translatable field read through the rule in one element (page leads, list cells): `<LocalizedField text={c.title} />`. */
export function LocalizedField({
  text,
  component = 'span',
  forced,
}: {
  text: TranslatedText | null | undefined;
  component?: ElementType;
  forced?: Language;
}) {
  const localize = useLocalize(forced);
  return <LocalizedText value={localize(text)} component={component} />;
}
