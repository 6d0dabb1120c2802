import { route } from '../common/routes';
import {
  createStatementRequestSchema,
  createSynthesisRunRequestSchema,
  hideStatementRequestSchema,
  mergeThemesRequestSchema,
  opinionMapQuerySchema,
  polisImportRequestSchema,
  renameThemeRequestSchema,
  runListQuerySchema,
  splitThemeRequestSchema,
  statementListQuerySchema,
  themeContributionsQuerySchema,
  voteRequestSchema,
  workspaceQuerySchema,
} from './synthesis.contracts';
import type {
  ContributionTheme,
  LiveRoomSynthesis,
  NextStatement,
  OpinionMap,
  PolisImportResult,
  Statement,
  SynthesisRun,
  SynthesisTheme,
  ThemeContribution,
  Workspace,
} from './synthesis.contracts';
import type { Page } from '../common/pagination';

/** StatementsController (synthesis/statements.controller.ts). */
export const STATEMENTS_ROUTES = {
  create: route('POST', '/consultations/:id/statements', { body: createStatementRequestSchema }).returns<Statement>(),
  list: route('GET', '/consultations/:id/statements', { query: statementListQuerySchema }).returns<Page<Statement>>(),
  next: route('GET', '/consultations/:id/statements/next', { query: opinionMapQuerySchema }).returns<NextStatement>(),
  map: route('GET', '/consultations/:id/opinion-map', { query: opinionMapQuerySchema }).returns<OpinionMap>(),
  importPolis: route('POST', '/consultations/:id/polis-import', { body: polisImportRequestSchema }).returns<PolisImportResult>(),
  vote: route('PUT', '/statements/:statementId/vote', { body: voteRequestSchema }).returns<Statement>(),
  hide: route('PUT', '/statements/:statementId/hidden', { body: hideStatementRequestSchema }).returns<Statement>(),
} as const;

/** SynthesisController (synthesis/synthesis.controller.ts). */
export const SYNTHESIS_ROUTES = {
  create: route('POST', '/consultations/:id/synthesis/runs', { body: createSynthesisRunRequestSchema }).returns<SynthesisRun>(),
  list: route('GET', '/consultations/:id/synthesis/runs', { query: runListQuerySchema }).returns<Page<SynthesisRun>>(),
  themes: route('GET', '/consultations/:id/synthesis/workspace', { query: workspaceQuerySchema }).returns<{
    workspace: Workspace | null;
  }>(),
  get: route('GET', '/synthesis/runs/:runId').returns<SynthesisRun>(),
  merge: route('POST', '/synthesis/runs/:runId/merge', { body: mergeThemesRequestSchema }).returns<SynthesisTheme>(),
  rename: route('PUT', '/synthesis/themes/:themeId/label', { body: renameThemeRequestSchema }).returns<SynthesisTheme>(),
  split: route('POST', '/synthesis/themes/:themeId/split', { body: splitThemeRequestSchema }).returns<SynthesisTheme>(),
  contributions: route('GET', '/synthesis/themes/:themeId/contributions', { query: themeContributionsQuerySchema }).returns<
    Page<ThemeContribution>
  >(),
  contributionThemes: route('GET', '/synthesis/contributions/:contributionId/themes').returns<ContributionTheme[]>(),
  liveRoom: route('GET', '/rooms/:roomId/synthesis/live').returns<LiveRoomSynthesis>(),
} as const;
