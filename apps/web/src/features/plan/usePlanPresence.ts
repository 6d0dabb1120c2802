import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { PlanPresenceEntry } from '@polyphony/contracts';
import { watchSession } from '../auth/sessionEnded';

export interface SavedNotice {
  sectionId: string;
  revision: number;
  by: string;
}

/**
 * Editing presence over socket.io: joins the plan's channel, says which section this editor is
 * on, and hears who else is editing what, and when a section is saved by someone.
 */
export function usePlanPresence(planId: string | undefined, sectionId: string | null) {
  const socket = useRef<Socket | null>(null);
  const [editors, setEditors] = useState<PlanPresenceEntry[]>([]);
  const [saved, setSaved] = useState<SavedNotice | null>(null);
  const current = useRef(sectionId);
  current.current = sectionId;

  useEffect(() => {
    if (!planId) return;
    const s = io({ path: '/api/socket.io', withCredentials: true, reconnectionDelayMax: 5000 });
    socket.current = s;
    watchSession(s);
    const join = () =>
      s.emit('plan:join', { planId }, () => s.emit('plan:editing', { planId, sectionId: current.current }, () => undefined));
    s.on('connect', join);
    s.on(
      'plan:presence',
      (payload: { planId: string; editors: PlanPresenceEntry[] }) => payload.planId === planId && setEditors(payload.editors),
    );
    s.on(
      'plan:section_saved',
      (payload: SavedNotice & { planId: string }) =>
        payload.planId === planId && setSaved({ sectionId: payload.sectionId, revision: payload.revision, by: payload.by }),
    );
    return () => {
      s.emit('plan:leave', { planId });
      s.close();
      socket.current = null;
    };
  }, [planId]);

  useEffect(() => {
    if (planId && socket.current?.connected) socket.current.emit('plan:editing', { planId, sectionId }, () => undefined);
  }, [planId, sectionId]);

  return { editors, saved };
}
