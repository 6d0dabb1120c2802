import { DEFAULT_LANGUAGE, isLanguage, negotiateLanguage, type Language } from '@polyphony/contracts/language-tags';

// The reader's language as the entry (main.tsx) sees it, before the app's code has loaded: this
// module imports nothing heavy, so the reader's catalog is fetched at once.

const STORAGE_KEY = 'polyphony.language';

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** Stored choice, else the browser's languages, else French. The signed-in user's preference wins later. */
export function initialLanguage(): Language {
  return storedLanguage() ?? negotiateLanguage(navigator.languages ?? [navigator.language]) ?? DEFAULT_LANGUAGE;
}
