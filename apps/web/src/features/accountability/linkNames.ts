import type { Monitoring, TranslatedText } from '@polyphony/contracts';

/** Names of the actions and indicators an evaluation may point at, by id. */
export function linkNames(m: Monitoring | undefined): Map<string, TranslatedText> {
  const names = new Map<string, TranslatedText>();
  for (const line of m?.lines ?? []) for (const a of line.actions) names.set(a.id, a.title);
  for (const i of m?.indicators ?? []) names.set(i.id, i.name);
  return names;
}
