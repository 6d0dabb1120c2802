import i18next from 'i18next';
import { watchSession } from '../features/auth/sessionEnded';
import { currentLanguage } from './i18n';
import { createSharedSocket } from '../shared/realtime/sharedSocket';

/**
 * The page's one socket.io connection (rooms, plan presence, notifications), opened by its first user.
 * Its handshake carries the interface language, and follows it; whichever feature uses it, the end of
 * the session is heard once here and shown by the whole page.
 */
export const appSocket = createSharedSocket({ language: currentLanguage(), created: watchSession });

i18next.on('languageChanged', () => appSocket.setLanguage(currentLanguage()));
