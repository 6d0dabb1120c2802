import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { appSocket } from '../../app/socket';
import { RoomLiveClient, type RoomSnapshot } from './RoomLiveClient';

const noSubscribe = () => () => undefined;

/**
 * The room, live, while the page is shown (created in an effect, so that every room joined is also
 * left and the shared connection let go), plus a polite announcement for screen readers.
 */
export function useRoomLive(roomId: string): { client: RoomLiveClient | null; snapshot: RoomSnapshot | null; announcement: string } {
  const { t } = useTranslation('rooms');
  const [announcement, setAnnouncement] = useState('');
  const [client, setClient] = useState<RoomLiveClient | null>(null);
  const tRef = useRef(t);
  tRef.current = t;
  useEffect(() => {
    const c = new RoomLiveClient(roomId, appSocket, (kind, detail) => {
      const tr = tRef.current;
      if (kind === 'message') setAnnouncement(tr('live.newMessage', detail));
      else if (kind === 'hidden') setAnnouncement(tr('live.hidden', detail));
      else if (kind === 'state') setAnnouncement(tr(`live.state.${detail.change}`));
    });
    setClient(c);
    return () => c.close();
  }, [roomId]);
  const snapshot = useSyncExternalStore(client?.subscribe ?? noSubscribe, () => client?.getSnapshot() ?? null);
  return { client, snapshot, announcement };
}
