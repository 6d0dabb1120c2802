import { useEffect, useRef, useState } from 'react';
import type { PlanPresenceEntry } from '@polyphony/contracts';
import { appSocket } from '../../app/socket';
import type { SocketUse } from '../../shared/realtime/sharedSocket';

export interface SavedNotice {
  sectionId: string;
  revision: number;
  by: string;
}

/**
 * Editing presence over the page's shared socket: joins the plan's channel (again after each
 * reconnection), says which section this editor is on, and hears who else is editing what, and
 * when a section is saved by someone.
 */
export function usePlanPresence(planId: string | undefined, sectionId: string | null) {
  const use = useRef<SocketUse | null>(null);
  const [editors, setEditors] = useState<PlanPresenceEntry[]>([]);
  const [saved, setSaved] = useState<SavedNotice | null>(null);
  const current = useRef(sectionId);
  current.current = sectionId;

  useEffect(() => {
    if (!planId) return;
    const u = appSocket.acquire();
    use.current = u;
    const s = u.socket;
    const join = () =>
      s.emit('plan:join', { planId }, () => s.emit('plan:editing', { planId, sectionId: current.current }, () => undefined));
    u.on('connect', join);
    u.on('plan:presence', (payload) => payload.planId === planId && setEditors(payload.editors));
    u.on(
      'plan:section_saved',
      (payload) => payload.planId === planId && setSaved({ sectionId: payload.sectionId, revision: payload.revision, by: payload.by }),
    );
    // Already up (another user of the shared connection opened it): no 'connect' is coming.
    if (s.connected) join();
    return () => {
      if (s.connected) s.emit('plan:leave', { planId }, () => undefined);
      u.release();
      use.current = null;
    };
  }, [planId]);

  useEffect(() => {
    const s = use.current?.socket;
    if (planId && s?.connected) s.emit('plan:editing', { planId, sectionId }, () => undefined);
  }, [planId, sectionId]);

  return { editors, saved };
}
