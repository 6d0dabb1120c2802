import { IsNull, type EntityManager } from 'typeorm';
import { PlanSectionEntity } from '../plan/plan-section.entity';
import { ActionTrackingEntity } from './action-tracking.entity';

/** An action's tracking as it is written and answered (without its relations and write date). */
export type ActionTrackingRow = Omit<ActionTrackingEntity, 'action' | 'updatedBy' | 'updatedAt'>;

/** The SQL of actions' tracking: the live action tracked, its tracking (locked to write it), a plan's tracking. */
export class ActionTrackingRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(ActionTrackingEntity);
  }

  /** The action, if it is a live action of a plan's draft. */
  async liveAction(actionId: string): Promise<PlanSectionEntity | null> {
    return this.manager.getRepository(PlanSectionEntity).findOneBy({ id: actionId, kind: 'action', deletedAt: IsNull() });
  }

  /** The tracking of the plan's actions (every one tracked so far). */
  async ofPlan(planId: string): Promise<ActionTrackingEntity[]> {
    return this.repo.findBy({ planId });
  }

  async find(actionId: string): Promise<ActionTrackingEntity | null> {
    return this.repo.findOne({ where: { actionId } });
  }

  /** The action's tracking, locked until the end of the transaction (null when not tracked yet). */
  async lock(actionId: string): Promise<ActionTrackingEntity | null> {
    return this.repo.findOne({ where: { actionId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Creates or replaces the action's tracking. */
  async save(tracking: ActionTrackingRow): Promise<void> {
    await this.repo.save(this.repo.create(tracking));
  }
}
