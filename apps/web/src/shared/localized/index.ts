export { useLocalize, localize, type Localized, type LocalizeOptions } from './useLocalize';
export { LocalizedMark, LocalizedText } from './LocalizedText';
