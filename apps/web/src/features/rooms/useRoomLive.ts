import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomLiveClient, type RoomSnapshot } from './RoomLiveClient';

const noSubscribe = () => () => undefined;

/**
 * The live connection to a room while the page is shown (created in an effect, so that every
 * connection opened is also closed), plus a polite announcement for screen readers.
 */
export function useRoomLive(roomId: string): { client: RoomLiveClient | null; snapshot: RoomSnapshot | null; announcement: string } {
  const { t, i18n } = useTranslation('rooms');
  const [announcement, setAnnouncement] = useState('');
  const [client, setClient] = useState<RoomLiveClient | null>(null);
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    const c = new RoomLiveClient(roomId, i18n.resolvedLanguage ?? 'fr', (kind, detail) => {
      const tr = tRef.current;
      if (kind === 'message') setAnnouncement(tr('live.newMessage', detail));
      else if (kind === 'hidden') setAnnouncement(tr('live.hidden', detail));
      else if (kind === 'state') setAnnouncement(tr(`live.state.${detail.change}`));
    });
    setClient(c);
    return () => c.close();
    // The connection is per room; the language of error messages is the one at connection time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roomId]);
  const snapshot = useSyncExternalStore(client?.subscribe ?? noSubscribe, () => client?.getSnapshot() ?? null);
  return { client, snapshot, announcement };
}
