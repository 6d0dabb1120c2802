import type { ProposalStatus, StrategicLine, WorldRegion } from '@polyphony/contracts';
import { DEMO_AGENDA_FUNDING_PROPOSALS } from './demo-proposals-agendas-funding';
import { DEMO_COOPERATION_PROPOSALS } from './demo-proposals-cooperation';
import { DEMO_ECONOMY_KNOWLEDGE_PROPOSALS } from './demo-proposals-economy-knowledge';

/** [author e-mail prefix, line, SDG targets, regions, partners, status, co-authored by an association and a diaspora association, title, body] */
export type DemoProposalRow = [string, StrategicLine, string[], WorldRegion[], string[], ProposalStatus, boolean, string, string];

/** In seeding order; each topic's file keys its rows by their place in it. */
export const DEMO_PROPOSALS: DemoProposalRow[] = Object.entries({
  ...DEMO_COOPERATION_PROPOSALS,
  ...DEMO_AGENDA_FUNDING_PROPOSALS,
  ...DEMO_ECONOMY_KNOWLEDGE_PROPOSALS,
})
  .sort(([a], [b]) => Number(a) - Number(b))
  .map(([, row]) => row);

export const DEMO_COMMENTS = [
  'Molt bona idea, cal incloure-hi les escoles.',
  'Il faudrait préciser le budget nécessaire.',
  '¿Quién coordinaría el proyecto desde la metrópolis?',
  'Great proposal: the networks already have funding lines for this.',
  'Je soutiens, mais avec un calendrier réaliste.',
  'Caldria comptar amb els municipis petits.',
  'Podríamos sumar a las universidades.',
];

export const DEMO_ANSWERS: Partial<Record<ProposalStatus, string>> = {
  accepted: 'La proposta s’incorpora al pla com a acció de la línia corresponent, amb un pressupost i un calendari que es publicaran.',
  partially_accepted: 'Es retenen els intercanvis tècnics; la resta es revisarà a l’avaluació intermèdia.',
  not_retained: 'No és competència metropolitana: la traslladem als ajuntaments, que en poden fer el seguiment.',
  merged: 'Es fusiona amb una proposta més àmplia sobre el mateix territori per evitar duplicar esforços.',
  under_evaluation: 'Els serveis tècnics n’estan analitzant la viabilitat.',
};
