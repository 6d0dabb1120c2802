export { useLocalize, localize, type Localized, type LocalizeOptions } from './useLocalize';
export { LocalizedField, LocalizedMark, LocalizedText } from './LocalizedText';
