/**
 * Dates and times are shown in the territory's time zone (issue 14), not the reader's: a meeting at
 * 18:00 in Girona reads 18:00 for a diaspora member in Dakar too. Set once the instance is known.
 */
let territoryTimeZone: string | undefined;

export function setTerritoryTimeZone(zone: string | undefined): void {
  territoryTimeZone = zone;
}

export function getTerritoryTimeZone(): string | undefined {
  return territoryTimeZone;
}

/** Intl.DateTimeFormat in the territory's time zone (calendar-only dates keep passing timeZone: 'UTC'). */
export function dateTimeFormat(lang: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang, { timeZone: territoryTimeZone, ...options });
}
