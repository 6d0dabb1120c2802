import type { Interview, InterviewSummary, Invitee, KeyPoint } from '@polyphony/contracts';
import type { InterviewEntity } from './interview.entity';
import type { InterviewInviteeEntity } from './interview-invitee.entity';
import type { InterviewKeyPointEntity } from './interview-key-point.entity';

export type Names = Map<string, string>;

/** What an invitee stands for: an organisation's own name, category and country win over the typed ones. */
export function inviteeIdentity(i: InterviewInviteeEntity) {
  const org = i.organisation;
  return {
    name: org?.name ?? i.name ?? '',
    category: org?.category ?? i.category,
    country: org?.country ?? i.country,
  };
}

export function toInvitee(i: InterviewInviteeEntity): Invitee {
  return { id: i.id, kind: i.kind, organisationId: i.organisationId, ...inviteeIdentity(i), role: i.role, attended: i.attended };
}

export function toKeyPoint(k: InterviewKeyPointEntity, language: string): KeyPoint {
  return { id: k.id, inviteeId: k.inviteeId, text: k.text, language, createdAt: k.createdAt.toISOString() };
}

export function toInterviewSummary(i: InterviewEntity, names: Names, keyPointCount: number): InterviewSummary {
  return {
    id: i.id,
    consultationId: i.consultationId,
    kind: i.kind,
    format: i.format,
    status: i.status,
    title: i.title,
    location: i.location,
    scheduledAt: i.scheduledAt.toISOString(),
    durationMinutes: i.durationMinutes,
    consentAt: i.consentAt,
    interviewers: i.interviewerIds.map((id) => ({ id, displayName: names.get(id) ?? '' })),
    invitees: [...(i.invitees ?? [])].sort((a, b) => a.position - b.position).map(toInvitee),
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    keyPointCount,
  };
}

export function toInterview(i: InterviewEntity, names: Names, languages: Map<string, string>): Interview {
  const { keyPointCount: _count, ...summary } = toInterviewSummary(i, names, 0);
  const keyPoints = [...(i.keyPoints ?? [])].sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
  return { ...summary, notes: i.notes, keyPoints: keyPoints.map((k) => toKeyPoint(k, languages.get(k.id) ?? 'und')) };
}
