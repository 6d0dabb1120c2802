import { STAKEHOLDER_CATEGORIES } from '@polyphony/contracts';

/** Categories a person may choose for themselves: "official" is granted, never self-declared. */
export const PARTICIPANT_CATEGORIES = STAKEHOLDER_CATEGORIES.filter((c) => c !== 'official');
