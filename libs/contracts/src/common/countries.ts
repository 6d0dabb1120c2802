import { z } from 'zod';
import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2 codes; names come from i18n-iso-countries in each UI language. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
const codeSet = new Set(COUNTRY_CODES);

export const countryCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine((code) => codeSet.has(code), { message: 'invalid_country' });
