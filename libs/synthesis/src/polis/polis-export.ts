import { parse } from 'csv-parse/sync';
import { opinionGroups } from '../opinion/opinion-groups';
import type { OpinionOptions, Vote } from '../opinion/opinion-types';

/** CSV texts of a Polis export folder (file contents; reading files is the caller's job). */
export interface PolisFiles {
  comments?: string;
  votes?: string;
  participantsVotes?: string;
}

export interface PolisStatement {
  id: string;
  text: string;
  /** Polis moderation: -1 rejected (left out), 0 unmoderated, 1 accepted. */
  moderated: number;
}

export interface PolisConversation {
  statements: PolisStatement[];
  votes: Vote[];
  format: 'votes.csv' | 'participants-votes.csv';
}

const rowsOf = (csv: string) =>
  parse<Record<string, string>>(csv, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true, trim: true });
const pick = (row: Record<string, string>, ...names: string[]) => names.map((n) => row[n]).find((v) => v !== undefined && v !== '');

/**
 * Reads a Polis export: comments.csv + votes.csv (one row per vote, last one wins), or
 * participants-votes.csv (one row per participant, one column per comment id).
 * Polis exports code agree as 1 and disagree as -1.
 */
export function readPolisExport(files: PolisFiles): PolisConversation {
  const statements: PolisStatement[] = files.comments
    ? rowsOf(files.comments)
        .map((r) => ({
          id: pick(r, 'comment-id', 'comment_id', 'tid') ?? '',
          text: pick(r, 'comment-body', 'comment_body', 'txt') ?? '',
          moderated: Number(pick(r, 'moderated', 'mod') ?? 0) || 0,
        }))
        .filter((s) => s.id !== '')
    : [];
  const rejected = new Set(statements.filter((s) => s.moderated < 0).map((s) => s.id));
  if (files.votes) {
    const rows = rowsOf(files.votes)
      .map((r, index) => ({ r, index, time: Number(pick(r, 'timestamp') ?? 0) }))
      .sort((a, b) => a.time - b.time || a.index - b.index);
    const votes: Vote[] = [];
    for (const { r } of rows) {
      const statementId = pick(r, 'comment-id', 'comment_id', 'tid');
      const participantId = pick(r, 'voter-id', 'voter_id', 'pid');
      const vote = Number(pick(r, 'vote'));
      if (statementId && participantId && Number.isFinite(vote) && !rejected.has(statementId))
        votes.push({ participantId, statementId, vote });
    }
    return { statements, votes, format: 'votes.csv' };
  }
  if (files.participantsVotes) {
    const votes: Vote[] = [];
    const rows = rowsOf(files.participantsVotes);
    const fixed = new Set(['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', 'xid']);
    for (const r of rows) {
      const participantId = pick(r, 'participant');
      if (!participantId) continue;
      for (const [column, value] of Object.entries(r)) {
        if (fixed.has(column) || value === '' || rejected.has(column)) continue;
        const vote = Number(value);
        if (Number.isFinite(vote)) votes.push({ participantId, statementId: column, vote });
      }
    }
    const known = new Set(statements.map((s) => s.id));
    for (const v of votes) {
      if (known.has(v.statementId)) continue;
      known.add(v.statementId);
      statements.push({ id: v.statementId, text: '', moderated: 0 });
    }
    return { statements, votes, format: 'participants-votes.csv' };
  }
  throw new Error('a Polis export needs votes.csv or participants-votes.csv');
}

/** The JSON `npm run synth -- polis <dir>` prints: groups, their statements, consensus. */
export function polisReport(files: PolisFiles, options: OpinionOptions = {}) {
  const conversation = readPolisExport(files);
  const result = opinionGroups(conversation.votes, options);
  const text = new Map(conversation.statements.map((s) => [s.id, s.text]));
  const withText = <T extends { statementId: string }>(s: T) => ({ ...s, text: text.get(s.statementId) ?? '' });
  return {
    format: conversation.format,
    inputHash: result.inputHash,
    participants: result.participants.length,
    excludedParticipants: result.excludedParticipants.length,
    statements: result.statements.length,
    groups: result.groups.map((g) => ({
      id: g.id,
      size: g.size,
      participantIds: g.participantIds,
      representative: g.representative.map(withText),
    })),
    consensus: result.consensus.map(withText),
    groupInformedConsensus: result.groupInformedConsensus.slice(0, 10).map(withText),
    parameters: result.parameters,
    warnings: result.warnings,
  };
}
