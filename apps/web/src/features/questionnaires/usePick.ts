import type { Language, TranslatedText } from '@polyphony/contracts';
import { useLocalize, type Localized } from '../../shared/localized';

/**
 * A questionnaire's text (title, prompt, option, section text) through the one reading rule: the given (or UI)
 * language, else machine translated and marked (see `markOf`); `lang` says which language it really is in.
 */
export function usePick(forced?: Language) {
  const localize = useLocalize(forced);
  return (text: TranslatedText | null | undefined): Localized => localize(text);
}

/** The value to mark among texts shown together (a question's prompt, help and options): the first not written in the reader's language. */
export function markOf(...values: Localized[]): Localized | undefined {
  return values.find((v) => v.state !== 'own' && v.state !== 'empty');
}
