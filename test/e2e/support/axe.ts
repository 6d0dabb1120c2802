import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { settleAnimations } from './browser';

/** Runs axe on the page as it is now; returns the serious and critical violations, readably. */
export async function seriousViolations(page: Page) {
  await settleAnimations(page);
  // Every rule runs; only violations keep all their nodes (passes and the rest keep one each: much faster).
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
