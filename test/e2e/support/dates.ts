import type { Locator } from 'playwright-core';

/** A `YYYY-MM-DD` day as a reader types it (and a date field shows it) in French, Spanish and Catalan: DD/MM/YYYY. */
export const dayText = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Types a date (and time) into a date field as a reader does, then leaves it (as a click elsewhere does): the
 * field reads it, shows it in the page's format and closes its calendar, which would otherwise cover what is
 * below it. (Tab would open the calendar of the next field when it is a date field too.)
 */
export async function typeDate(field: Locator, text: string) {
  await field.fill(text);
  await field.blur();
}
