import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { loadLanguagePack } from './app/catalogs';
import { startSessionCheck } from './app/early-session';
import { initialLanguage } from './app/reader-language';
import { preloadRoute } from './app/routes';

// Four things at once, none waiting for another: who is signed in, the current page's module, the
// reader's catalogs (their language only) and the app itself (React, Mantine). The entry stays tiny
// so this starts at once.
startSessionCheck();
preloadRoute(window.location.pathname);
void loadLanguagePack(initialLanguage()).catch(() => undefined);
void import('./app/boot').then(({ boot }) => boot());
