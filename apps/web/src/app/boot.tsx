import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import { App } from './App';

/**
 * Renders the app (loaded by main.tsx in parallel with the session check, the page's module and the
 * reader's catalogs), once those catalogs are in: no key shows untranslated.
 */
export async function boot() {
  await i18nReady;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
