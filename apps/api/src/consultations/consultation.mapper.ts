import { PHASE_KINDS, type Consultation, type PhaseKind } from '@polyphony/contracts';
import { renderTranslatedMarkdown } from '../core/text/markdown';
import type { ConsultationEntity } from './consultation.entity';
import type { ConsultationPhaseEntity } from './consultation-phase.entity';

const today = () => new Date().toISOString().slice(0, 10);

/** The phase whose dates include today, if any. */
export function currentPhase(phases: Pick<ConsultationPhaseEntity, 'kind' | 'startsOn' | 'endsOn'>[], on = today()): PhaseKind | null {
  return phases.find((p) => p.startsOn <= on && on <= p.endsOn)?.kind ?? null;
}

export function toConsultation(c: ConsultationEntity, can: Consultation['can']): Consultation {
  const phases = [...(c.phases ?? [])].sort((a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind));
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    body: c.body,
    bodyHtml: renderTranslatedMarkdown(c.body),
    languages: c.languages,
    status: c.status,
    phases: phases.map((p) => ({ kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn })),
    currentPhase: currentPhase(phases),
    quotas: c.quotas,
    planReference: c.planReference,
    facilitators: (c.facilitators ?? []).filter((f) => f.user).map((f) => ({ id: f.userId, displayName: f.user!.displayName })),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    can,
  };
}
