import { useTranslation } from 'react-i18next';
import type { Language, SectionContent } from '@polyphony/contracts';

type PerLanguage = Partial<Record<Language, string>>;

/** What every part of the section form needs to show and change one language of its texts. */
export interface SectionFormPart {
  content: SectionContent;
  lang: Language;
  change: (next: SectionContent) => void;
}

/**
 * One language of the section's texts: `text` reads it, `set` writes it (the other languages kept), and
 * `reviewHint` says "to review" under a field whose text in this language the machine filled.
 */
export function useSectionFieldText(content: SectionContent, lang: Language) {
  const { t } = useTranslation('plan');
  const text = (value: PerLanguage) => value[lang] ?? '';
  const set = (value: PerLanguage, v: string) => ({ ...value, [lang]: v });
  const reviewHint = (field: string) => {
    const mark = content.review?.find((m) => m.field === field && m.language === lang);
    return mark
      ? t('mark.review', { ns: 'officialLanguages', language: t(`languages.${mark.from}`, { ns: 'officialLanguages' }) })
      : undefined;
  };
  return { text, set, reviewHint };
}
