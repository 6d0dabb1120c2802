import type { Language, TranslatedText } from '@polyphony/contracts';
import { currentLanguage } from '../../app/i18n';
import { localize } from '../../shared/localized';

/**
 * A content field as a plain string in the reader's language, for places that cannot carry a mark (select
 * options, document titles, accessible names): through the one reading rule, so a missing language is asked
 * for by machine translation and shown translated once it arrives (the page's marked texts say so). Visible
 * text uses useLocalize and LocalizedText instead.
 */
export function pickText(text: TranslatedText | undefined, lang: Language = currentLanguage()): { text: string; lang: string | undefined } {
  const value = localize(text, lang);
  return { text: value.text, lang: value.lang };
}
