import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import type { OrganisationCategory } from '@polyphony/contracts';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { ConsultationFacilitatorEntity } from '../consultations/consultation-facilitator.entity';
import { ConsultationPhaseEntity } from '../consultations/consultation-phase.entity';
import { UPDATE_SEARCH_VECTOR_SQL } from '../consultations/consultation-search';
import { ContributionsService } from '../contributions/contributions.service';
import { InterviewEntity } from '../interviews/interview.entity';
import { InterviewGuideQuestionEntity } from '../interviews/interview-guide-question.entity';
import { InterviewInviteeEntity } from '../interviews/interview-invitee.entity';
import { InterviewKeyPointEntity } from '../interviews/interview-key-point.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { demoTimeline } from './demo-timeline';
import {
  DEMO_CONSULTATION,
  DEMO_CONSULTATION_SLUG,
  DEMO_GUIDE,
  DEMO_INSTITUTIONS,
  DEMO_KEY_POINTS,
  DEMO_PHASES,
} from './demo-consultation-data';

const DAY = 86_400_000;
const dayFrom = (today: Date, offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);

interface Institution {
  organisationId: string | null;
  name: string;
  category: OrganisationCategory;
  country: string;
}

/**
 * The demo consultation (the reference case of DOMAIN.md): published, in its consultation phase,
 * with quotas, an interview guide and 32 interviews and meetings with about a hundred institutions,
 * whose key points are contributions. Keyed on the slug: a second run changes nothing.
 * Returns the consultation id (also when it already existed).
 */
export async function seedDemoConsultation(manager: EntityManager, now = new Date()): Promise<{ id: string; created: boolean }> {
  const existing = await manager.getRepository(ConsultationEntity).findOneBy({ slug: DEMO_CONSULTATION_SLUG });
  if (existing) return { id: existing.id, created: false };
  const story = demoTimeline(now);

  const users = manager.getRepository(UserEntity);
  const official = await users.findOneBy({ email: 'official@demo.polyphony.test' });
  const facilitator = await users.findOneBy({ email: 'facilitator@demo.polyphony.test' });
  const consultation = await manager.getRepository(ConsultationEntity).save(
    manager.getRepository(ConsultationEntity).create({
      slug: DEMO_CONSULTATION_SLUG,
      ...DEMO_CONSULTATION,
      title: Object.fromEntries(Object.entries(DEMO_CONSULTATION.title).map(([l, v]) => [l, v.replace('{period}', story.period)])),
      planReference: DEMO_CONSULTATION.planReference.replace('{period}', story.period),
      status: 'published',
      publishedAt: new Date(now.getTime() - 90 * DAY),
      createdById: official?.id ?? null,
    }),
  );
  await manager.getRepository(ConsultationPhaseEntity).insert(
    DEMO_PHASES.map((p) => ({
      consultationId: consultation.id,
      kind: p.kind,
      startsOn: dayFrom(now, p.from),
      // The monitoring phase lasts as long as the plan it follows.
      endsOn: dayFrom(now, p.to ?? story.daysToPlanEnd),
    })),
  );
  await manager.query(UPDATE_SEARCH_VECTOR_SQL, [consultation.id]);
  if (facilitator)
    await manager.getRepository(ConsultationFacilitatorEntity).insert({ consultationId: consultation.id, userId: facilitator.id });

  const guide = await manager
    .getRepository(InterviewGuideQuestionEntity)
    .save(DEMO_GUIDE.map((text, position) => ({ consultationId: consultation.id, position, text })));

  const orgs = await manager.getRepository(OrganisationEntity).find({ order: { slug: 'ASC' } });
  const institutions: Institution[] = [
    ...orgs.map((o) => ({ organisationId: o.id, name: o.name, category: o.category, country: o.country })),
    ...DEMO_INSTITUTIONS.map((i) => ({ organisationId: null, ...i })),
  ];
  // Interleave categories so that every interview mixes institutions (a stable order: the demo is reproducible).
  const queue = interleave(institutions);
  const interviewers = [official?.id, facilitator?.id].filter(Boolean) as string[];
  const contributions = new ContributionsService();
  const pools = Object.fromEntries(Object.entries(DEMO_KEY_POINTS).map(([k, v]) => [k, [...v]])) as Record<OrganisationCategory, string[]>;
  const said = (category: OrganisationCategory, n: number) => pools[category][n % pools[category].length];

  for (let n = 0; n < 32; n++) {
    const status = n < 28 ? 'held' : n === 31 ? 'cancelled' : 'planned';
    const kind = n % 4 === 3 ? 'meeting' : 'interview';
    const size = kind === 'meeting' ? 6 : 3;
    // Held ones meet every institution once; planned and cancelled ones are follow-ups.
    const invited =
      status === 'held'
        ? queue.splice(0, size)
        : [institutions[(n * 5) % institutions.length], institutions[(n * 11) % institutions.length]];
    const offset = status === 'held' ? -66 + Math.floor((n * 63) / 28) : status === 'planned' ? 4 + (n - 28) * 6 : -20;
    const scheduledAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, 9 + (n % 6), 0));
    const interview = await manager.getRepository(InterviewEntity).save({
      consultationId: consultation.id,
      kind,
      format: n % 3 === 0 ? 'online' : 'in_person',
      status,
      title: kind === 'meeting' ? `Taula de treball ${Math.floor(n / 4) + 1}: ${invited[0].name}` : invited[0].name,
      location: n % 3 === 0 ? null : 'Seu metropolitana, Barcelona',
      scheduledAt,
      durationMinutes: kind === 'meeting' ? 120 : 60,
      consentAt: status === 'held' ? scheduledAt.toISOString().slice(0, 10) : null,
      notes:
        status === 'held'
          ? {
              [guide[1].id]: 'Prioritats: fons europeus, mobilitat, cooperació mediterrània.',
              [guide[3].id]: 'Interès per un portafolio comú de projectes.',
            }
          : {},
      interviewerIds: interviewers.slice(0, 1 + (n % 2)),
      createdById: official?.id ?? null,
    });
    const invitees = await manager.getRepository(InterviewInviteeEntity).save(
      invited.map((i, position) => ({
        interviewId: interview.id,
        kind: 'organisation' as const,
        organisationId: i.organisationId,
        name: i.organisationId ? null : i.name,
        category: i.organisationId ? null : i.category,
        country: i.organisationId ? null : i.country,
        // One in twenty invited institutions did not come.
        attended: status === 'held' && (n * 7 + position) % 20 !== 4,
        position,
      })),
    );
    if (status !== 'held') continue;
    await manager.getRepository(InterviewInviteeEntity).insert({
      interviewId: interview.id,
      kind: 'person',
      name: 'Responsable de relacions internacionals',
      role: invited[0].name,
      attended: true,
      position: invited.length,
    });
    let position = 0;
    for (const [i, invitee] of invitees.entries()) {
      if (!invitee.attended) continue;
      const institution = invited[i];
      const statements = i === 0 ? [said(institution.category, n), said(institution.category, n + 3)] : [said(institution.category, n + i)];
      for (const text of statements) {
        const keyPoint = await manager
          .getRepository(InterviewKeyPointEntity)
          .save({ interviewId: interview.id, inviteeId: invitee.id, text, position: position++ });
        await contributions.record(manager, {
          source: 'interview_key_point',
          sourceRef: keyPoint.id,
          consultationId: consultation.id,
          text,
          category: institution.category,
          country: institution.country,
          authorOrganisationId: institution.organisationId,
          authorLabel: institution.organisationId ? null : institution.name,
          keyPoint: true,
          createdAt: scheduledAt,
        });
      }
    }
  }
  return { id: consultation.id, created: true };
}

/** Round-robin over categories, so that consecutive institutions differ. */
function interleave(items: Institution[]): Institution[] {
  const byCategory = new Map<string, Institution[]>();
  for (const i of items) byCategory.set(i.category, [...(byCategory.get(i.category) ?? []), i]);
  const lists = [...byCategory.values()];
  const out: Institution[] = [];
  while (lists.some((l) => l.length)) for (const l of lists) if (l.length) out.push(l.shift()!);
  return out;
}

/**
 * The questionnaires feature adds its questionnaire and responses to this consultation through
 * `seedDemoQuestionnaire(manager, consultationId)` in demo-questionnaire.ts, when that file exists.
 */
export async function seedDemoQuestionnaireIfPresent(manager: EntityManager, consultationId: string): Promise<void> {
  const file = ['demo-questionnaire.js', 'demo-questionnaire.ts'].find((f) => existsSync(join(__dirname, f)));
  if (!file) return;
  const mod = (await import(join(__dirname, file.replace(/\.(js|ts)$/, '')))) as {
    seedDemoQuestionnaire?: (m: EntityManager, id: string) => Promise<unknown>;
  };
  await mod.seedDemoQuestionnaire?.(manager, consultationId);
}
