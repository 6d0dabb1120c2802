import type { QueryClient } from '@tanstack/react-query';
import { ROUTES, type Language, type Me } from '@polyphony/contracts';
import { call } from './api-client';
import { ME_KEY } from '../features/auth/useMe';

/**
 * A language picked before the signed-in user was known (the page had just loaded).
 * useLanguageSync saves it as the preference instead of switching back to the old one.
 */
let pendingChoice: Language | null = null;

export function rememberPendingChoice(lang: Language): void {
  pendingChoice = lang;
}

export function takePendingChoice(): Language | null {
  const choice = pendingChoice;
  pendingChoice = null;
  return choice;
}

/** Makes `lang` the signed-in user's preferred language, in the cache at once and then on the server. */
export async function savePreferredLanguage(queryClient: QueryClient, lang: Language): Promise<void> {
  // An in-flight /api/me read (sent before this change) would bring the old preference back
  // and useLanguageSync would switch the page back: cancel it first.
  await queryClient.cancelQueries({ queryKey: ME_KEY });
  queryClient.setQueryData<Me | null>(ME_KEY, (old) => (old ? { ...old, preferredLanguage: lang } : old));
  try {
    const updated = await call(ROUTES.me.update, { body: { preferredLanguage: lang } });
    queryClient.setQueryData(ME_KEY, updated);
  } catch {
    /* the page keeps the chosen language; the preference is saved on the next switch */
  }
}
