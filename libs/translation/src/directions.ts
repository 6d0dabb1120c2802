import type { Language } from '@polyphony/contracts';
import type { Direction } from './types';

/** The platform's languages (a type-only link to @polyphony/contracts, so that this library loads on its own, e.g. in CLIs run by tsx). */
export const TRANSLATION_LANGUAGES = ['fr', 'es', 'ca', 'en'] as const satisfies readonly Language[];

/** Apertium mode names (Debian packages) for each direct direction between the platform's languages. */
export const APERTIUM_MODES: Readonly<Partial<Record<`${Language}-${Language}`, string>>> = {
  'ca-es': 'cat-spa',
  'es-ca': 'spa-cat',
  'fr-es': 'fr-es',
  'es-fr': 'es-fr',
  'fr-ca': 'fra-cat',
  'ca-fr': 'cat-fra',
  'en-es': 'eng-spa',
  'es-en': 'spa-eng',
  'en-ca': 'eng-cat',
  'ca-en': 'cat-eng',
};

/** APy names languages with ISO 639-3 codes. */
export const ISO639_3: Readonly<Record<Language, string>> = { fr: 'fra', es: 'spa', ca: 'cat', en: 'eng' };

export const PIVOT: Language = 'es';

/**
 * The steps that translate `from` into `to` given the direct pairs `has` can serve: one step when direct, two
 * through Spanish otherwise (fr<->en), or undefined when neither works.
 */
export function route(
  from: Language,
  to: Language,
  has: (from: Language, to: Language) => boolean,
): Array<[Language, Language]> | undefined {
  if (from === to) return [];
  if (has(from, to)) return [[from, to]];
  if (from !== PIVOT && to !== PIVOT && has(from, PIVOT) && has(PIVOT, to))
    return [
      [from, PIVOT],
      [PIVOT, to],
    ];
  return undefined;
}

/** Every ordered pair of distinct languages that `has` serves, directly or through the pivot. */
export function servedDirections(has: (from: Language, to: Language) => boolean): Direction[] {
  const out: Direction[] = [];
  for (const from of TRANSLATION_LANGUAGES)
    for (const to of TRANSLATION_LANGUAGES) {
      if (from === to) continue;
      const steps = route(from, to, has);
      if (steps) out.push(steps.length === 2 ? { from, to, via: PIVOT } : { from, to });
    }
  return out;
}
