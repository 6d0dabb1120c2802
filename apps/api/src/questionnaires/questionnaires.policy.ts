import type { ConsultationStatus } from '@polyphony/contracts';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { ConsultationPhaseEntity } from '../consultations/consultation-phase.entity';
import type { UserEntity } from '../users/user.entity';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Who may do what with a consultation's questionnaire.
 *  - structure: officials and admins, while the consultation is a draft or published;
 *  - answers: signed-in people, while the consultation is published and its `consultation`
 *    phase (if it has one) has not ended; the same rule closes editing of submitted answers;
 *  - results and exports: officials and this consultation's facilitators; personal details
 *    (name, e-mail) in exports: officials only.
 */
export const QuestionnairesPolicy = {
  canEditStructure: (user: UserEntity | undefined, status: ConsultationStatus) =>
    ConsultationsPolicy.canEdit(user) && (status === 'draft' || status === 'published'),
  /** Participants see the questionnaire once the consultation is public; officials and facilitators always. */
  canSee: (user: UserEntity | undefined, status: ConsultationStatus, isFacilitator: boolean) =>
    status !== 'draft' || ConsultationsPolicy.canSeeData(user, isFacilitator),
  acceptsAnswers: (status: ConsultationStatus, phases: Pick<ConsultationPhaseEntity, 'kind' | 'endsOn'>[], on = today()) => {
    if (status !== 'published') return false;
    const phase = phases.find((p) => p.kind === 'consultation');
    return !phase || on <= phase.endsOn;
  },
  canAnswer: (user: UserEntity | undefined) => Boolean(user),
  canSeeResults: (user: UserEntity | undefined, isFacilitator: boolean) => ConsultationsPolicy.canSeeData(user, isFacilitator),
  canSeePersonalData: (user: UserEntity | undefined) => ConsultationsPolicy.canSeePersonalData(user),
};
