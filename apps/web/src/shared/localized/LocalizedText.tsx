import { useState, type ElementType } from 'react';
import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Localized } from './useLocalize';

/** Says how a text reached the reader in their language (machine, to review, only in another language), with the original a click away. */
export function LocalizedMark({
  value,
  showing,
  onToggle,
  inline = false,
}: {
  value: Localized;
  showing?: 'original' | 'shown';
  onToggle?: () => void;
  /** Inside running text (a span, not a block). */
  inline?: boolean;
}) {
  const { t } = useTranslation('officialLanguages');
  if (value.state === 'own' || value.state === 'empty' || !value.from) return null;
  const language = t(`languages.${value.from}`);
  const canToggle = !!onToggle && !!value.original && (value.state === 'machine' || value.state === 'review');
  return (
    <Group
      component={inline ? 'span' : 'div'}
      display={inline ? 'inline-flex' : undefined}
      ml={inline ? 6 : undefined}
      gap={6}
      wrap="wrap"
      className="official-mark"
      data-mark={value.state}
      data-from={value.from}
    >
      <IconLanguage size={14} aria-hidden />
      <Text span size="xs" c={value.state === 'review' ? '#8a3500' : 'gray.7'} fw={value.state === 'review' ? 600 : 400}>
        {t(`mark.${value.state}`, { language })}
      </Text>
      {canToggle && (
        <UnstyledButton onClick={onToggle} fz="xs" c="civic.8" td="underline" aria-pressed={showing === 'original'}>
          {showing === 'original' ? t('mark.showTranslation') : t('mark.showOriginal')}
        </UnstyledButton>
      )}
    </Group>
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
  const Component = component;
  const shown = showing === 'original' && value.original ? value.original : value;
  const body = html ? (
    <Component className={className} lang={shown.lang} dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />
  ) : (
    <Component className={className} lang={shown.lang}>
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
        onToggle={() => setShowing((s) => (s === 'original' ? 'shown' : 'original'))}
      />
    </Wrapper>
  );
}
