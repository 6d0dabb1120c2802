/** Who took part: a person, an organisation on the platform, or a named institution. */
export interface ParticipantAuthor {
  authorUserId?: string | null;
  authorOrganisationId?: string | null;
  authorLabel?: string | null;
}

/**
 * The identity a participant is counted under in the stakeholder balance: a person first
 * (someone writing for an organisation still counts as themself), then an organisation, then
 * a named institution (its lower-cased name). Null: anonymous input, not counted as a participant.
 */
export function participantKey(author: ParticipantAuthor): string | null {
  if (author.authorUserId) return `u:${author.authorUserId}`;
  if (author.authorOrganisationId) return `o:${author.authorOrganisationId}`;
  const label = author.authorLabel?.trim().toLowerCase();
  return label ? `l:${label.slice(0, 200)}` : null;
}
