import type { PlanServerToClientEvents } from '@polyphony/contracts';
import type { Socket } from 'socket.io-client';
import { translate } from '@polyphony/i18n';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { closeSockets, connect, person, type RoomClient } from '../../rooms/__tests__/room-test-kit';
import { planWithLines } from './plan-kit';

describe('plan: editing presence over socket.io', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    closeSockets();
    await t.close();
  });

  /** The rooms kit's socket connects to the same server; here it listens to the plan's events. */
  const planClient = (socket: RoomClient) => socket as unknown as Socket<PlanServerToClientEvents>;
  const emit = (socket: any, event: string, payload: object) => new Promise<any>((ok) => socket.emit(event, payload, ok));
  const nextPresence = (socket: any, match: (editors: any[]) => boolean) =>
    new Promise<any[]>((ok, no) => {
      const timer = setTimeout(() => no(new Error('no presence')), 5000);
      const on = (p: { editors: any[] }) => {
        if (!match(p.editors)) return;
        clearTimeout(timer);
        socket.off('plan:presence', on);
        ok(p.editors);
      };
      socket.on('plan:presence', on);
    });

  it('officials see who edits which section and hear of saves; participants cannot join', async () => {
    const ana = await person(t, 'official', 'official', 'Ana');
    const pau = await person(t, 'official', 'official', 'Pau');
    const resident = await person(t, 'participant', 'resident', 'Laia');
    const { plan, action } = await planWithLines(ana.client);
    const a = planClient(await connect(t, ana));
    const p = await connect(t, pau);
    const r = await connect(t, resident);
    expect(await emit(r, 'plan:join', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await emit(a, 'plan:join', { planId: plan.id })).ok).toBe(true);
    await emit(p, 'plan:join', { planId: plan.id });
    const seen = nextPresence(a, (editors) => editors.some((e) => e.displayName === 'Pau' && e.sectionId === action.id));
    await emit(p, 'plan:editing', { planId: plan.id, sectionId: action.id });
    expect((await seen).map((e) => e.displayName).sort()).toEqual(['Ana', 'Pau']);

    const saved = new Promise<any>((ok) => a.once('plan:section_saved', ok));
    await pau.client.put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: action.revision, content: action.content }).expect(200);
    expect(await saved).toMatchObject({ planId: plan.id, sectionId: action.id, revision: action.revision + 1, by: 'Pau' });

    const left = nextPresence(a, (editors) => editors.length === 1);
    p.disconnect();
    expect((await left)[0].displayName).toBe('Ana');
  });

  it('every plan event × every role: only officials and admins join, watch and say what they edit', async () => {
    const ana = await person(t, 'official', 'official', 'Ana');
    const { plan, action } = await planWithLines(ana.client);
    const watcher = await connect(t, ana);
    expect((await emit(watcher, 'plan:join', { planId: plan.id })).ok).toBe(true);
    const roles = {
      anonymous: null,
      participant: await person(t, 'participant', 'resident'),
      official: await person(t, 'official', 'official'),
      admin: await person(t, 'admin', 'official'),
    };
    const staff = new Set(['official', 'admin']);
    for (const [role, who] of Object.entries(roles)) {
      const socket = await connect(t, who);
      const heard: unknown[] = [];
      socket.on('plan:presence' as never, ((p: unknown) => heard.push(p)) as never);
      const joined = await emit(socket, 'plan:join', { planId: plan.id });
      const editing = await emit(socket, 'plan:editing', { planId: plan.id, sectionId: action.id });
      const left = await emit(socket, 'plan:leave', { planId: plan.id });
      const allowed = staff.has(role);
      expect([role, joined.ok, editing.ok]).toEqual([role, allowed, allowed]);
      // Leaving is harmless for anyone; only members of the channel hear who edits what.
      expect([role, left.ok]).toEqual([role, true]);
      expect([role, heard.length > 0]).toEqual([role, allowed]);
      // Refusals carry a stable code like every socket answer: who is not signed in, who is not staff.
      if (!allowed)
        expect([role, joined.error?.code, editing.error?.code]).toEqual([role, who ? 'forbidden' : 'unauthenticated', 'forbidden']);
      socket.disconnect();
    }
  });

  it('a malformed event is refused with validation_failed, its fields and a message in the socket language', async () => {
    const ana = await person(t, 'official', 'official', 'Ana');
    const socket = await connect(t, ana, 'es');
    const refused = await emit(socket, 'plan:join', { planId: 'not-a-uuid' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: translate('es', 'errors.validation_failed') },
    });
    expect(refused.error.fields).toEqual([expect.objectContaining({ path: 'planId', message: expect.any(String) })]);
    socket.disconnect();
  });

  it('an official demoted while editing leaves the plan at once: no more presence or saves, and cannot join again', async () => {
    const admin = await person(t, 'admin', 'official', 'Admin');
    const ana = await person(t, 'official', 'official', 'Ana');
    const pau = await person(t, 'official', 'official', 'Pau');
    const { plan, action } = await planWithLines(ana.client);
    const a = planClient(await connect(t, ana));
    const p = await connect(t, pau);
    await emit(a, 'plan:join', { planId: plan.id });
    await emit(p, 'plan:join', { planId: plan.id });
    const gone = nextPresence(a, (editors) => editors.length === 1 && editors[0].displayName === 'Ana');
    await admin.client.put(`/api/users/${pau.id}/role`, { role: 'participant' }).expect(200);
    await gone;
    const heard: unknown[] = [];
    p.on('plan:section_saved' as never, ((x: unknown) => heard.push(x)) as never);
    p.on('plan:presence' as never, ((x: unknown) => heard.push(x)) as never);
    const saved = new Promise<any>((ok) => a.once('plan:section_saved', ok));
    await ana.client.put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: action.revision, content: action.content }).expect(200);
    await saved;
    expect(await emit(p, 'plan:editing', { planId: plan.id, sectionId: action.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await emit(p, 'plan:join', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual([]);
  });
});
