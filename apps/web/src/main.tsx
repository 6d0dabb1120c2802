import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { startSessionCheck } from './app/early-session';
import { preloadRoute } from './app/routes';

// Three things at once, none waiting for another: who is signed in, the current page's module and
// the app itself (React, Mantine, catalogues). The entry stays tiny so this starts at once.
startSessionCheck();
preloadRoute(window.location.pathname);
void import('./app/boot').then(({ boot }) => boot());
