/** Shapes of the opinion-group engine (agree / disagree / pass votes, as in Polis). */

export type VoteValue = 1 | -1 | 0;

export interface Vote {
  participantId: string;
  statementId: string;
  /** 1 agree, -1 disagree, 0 pass. */
  vote: VoteValue | number;
}

export interface OpinionOptions {
  seed?: number;
  /** Participants with fewer votes are left out of the map (Polis: 7). */
  minVotes?: number;
  minGroups?: number;
  maxGroups?: number;
  /** Representative statements listed per group. */
  repStatements?: number;
}

export interface StatementStats {
  statementId: string;
  agree: number;
  disagree: number;
  pass: number;
  /** Probability of agreement with pseudo-counts: (agree + 1) / (seen + 2). */
  pAgree: number;
  pDisagree: number;
}

export interface RepresentativeStatement extends StatementStats {
  /** Whether the group stands out by agreeing or by disagreeing. */
  direction: 'agree' | 'disagree';
  /** In-group probability over out-group probability. */
  ratio: number;
  /** z of the in-group proportion against 0.5, and of in-group against out-group. */
  zProportion: number;
  zDifference: number;
  /** Both tests pass at 90 % (z > 1.2816), as Polis requires. */
  significant: boolean;
}

export interface OpinionGroup {
  id: number;
  participantIds: string[];
  size: number;
  representative: RepresentativeStatement[];
}

export interface ConsensusStatement {
  statementId: string;
  direction: 'agree' | 'disagree';
  /** Lowest per-group probability in that direction. */
  minGroupProbability: number;
  overall: StatementStats;
}

export interface OpinionResult {
  engine: string;
  inputHash: string;
  parameters: Required<OpinionOptions> & { groupCount: number; silhouette: number; explainedVariance: [number, number] };
  groups: OpinionGroup[];
  /** Opinion-map coordinates of each participant kept. */
  participants: { id: string; x: number; y: number; group: number; votes: number }[];
  excludedParticipants: string[];
  consensus: ConsensusStatement[];
  /** Product of per-group agreement probabilities, highest first (Polis' group-informed consensus). */
  groupInformedConsensus: { statementId: string; score: number }[];
  statements: string[];
  warnings: string[];
}
