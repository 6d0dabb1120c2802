import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  ContributionTheme,
  MergeThemesRequest,
  SplitThemeRequest,
  SynthesisTheme,
  ThemeContributionsQuery,
  ThemeFilters,
  Workspace,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { UserEntity } from '../users/user.entity';
import type { SynthesisRunEntity } from './synthesis-run.entity';
import { SynthesisPolicy } from './synthesis.policy';
import { SynthesisRunsService } from './synthesis-runs.service';
import { breakdowns, mergeThemes, OTHER_POSITION, splitTheme } from './theme-sets';
import { toRun, toTheme, toThemeContribution, type FilteredBreakdowns } from './synthesis.mapper';
import { SynthesisRepository } from './synthesis.repository';
import { SynthesisThemesRepository } from './synthesis-themes.repository';

/** The run's texts were read through their pivot translation (engine labels are then in Spanish). */
const translatedRun = (run: SynthesisRunEntity) => (run.counts?.translated ?? 0) > 0;

/** The officials' workspace: a run's themes with filters, hand edits, and provenance both ways. */
@Injectable()
export class SynthesisWorkspaceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly runs: SynthesisRunsService,
  ) {}

  /** The given run, or the latest finished run of the scope (null when there is none yet). */
  async workspace(
    consultationIdOrSlug: string,
    query: ThemeFilters & { runId?: string; roomId?: string },
    user: UserEntity,
  ): Promise<Workspace | null> {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canSeeWorkspace(user, isFacilitator)) throw AppError.forbidden();
    const repo = new SynthesisRepository(this.db.manager);
    const run = query.runId
      ? await repo.findRunOf(query.runId, consultation.id)
      : await repo.latestSucceeded(consultation.id, query.roomId);
    if (!run) {
      if (query.runId) throw AppError.notFound();
      return null;
    }
    return { run: toRun(run), themes: await this.themes(run.id, query, translatedRun(run)) };
  }

  private async themes(runId: string, filters: ThemeFilters, translated: boolean): Promise<SynthesisTheme[]> {
    const repo = this.themesRepo();
    const themes = await repo.ofRun(runId);
    if (!filters.source && !filters.category && !filters.country) return themes.map((t) => toTheme(t, undefined, translated));
    // One grouped query gives each theme's filtered size and breakdowns.
    const by = await repo.filteredBreakdowns(runId, filters);
    const empty: FilteredBreakdowns = { size: 0, byCategory: {}, byCountry: {}, byLanguage: {}, bySource: {} };
    return themes.map((t) => toTheme(t, by.get(t.id) ?? empty, translated)).filter((t) => t.filteredSize > 0);
  }

  async contributions(themeId: string, query: ThemeContributionsQuery & { limit: number }, user: UserEntity) {
    const { theme } = await this.visibleTheme(themeId, user);
    const rows = await this.themesRepo().contributions({
      themeId: theme.id,
      source: query.source,
      category: query.category,
      country: query.country,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const personal = ConsultationsPolicy.canSeePersonalData(user);
    // Microsecond cursors: rows written in one transaction share created_at up to the microsecond.
    const page = toPage(rows, query.limit, (r) => [r.cursor_at, r.id]);
    return { items: page.items.map((r) => toThemeContribution(r, personal)), nextCursor: page.nextCursor };
  }

  /** The themes a contribution is in, in the latest finished run of each scope of its consultation. */
  async themesOfContribution(contributionId: string, user: UserEntity): Promise<ContributionTheme[]> {
    const consultationId = await new SynthesisRepository(this.db.manager).consultationOfContribution(contributionId);
    if (!consultationId) throw AppError.notFound();
    await this.consultations.assertCanSeeData(consultationId, user);
    return this.themesRepo().themesOfContribution(contributionId, consultationId);
  }

  async rename(user: UserEntity, themeId: string, label: string): Promise<SynthesisTheme> {
    const { theme, run } = await this.editableTheme(themeId, user);
    await this.db.transaction(async (m) => {
      const themes = new SynthesisThemesRepository(m);
      const [working] = (await themes.working(run.id)).filter((t) => t.id === theme.id);
      await new SynthesisRepository(m).insertEdit({
        consultationId: run.consultationId,
        roomId: run.roomId,
        kind: 'rename',
        memberSets: [working.memberIds],
        part: null,
        label,
        createdById: user.id,
      });
      await themes.update(theme.id, { label, renamed: true });
    });
    return toTheme(await this.themesRepo().get(theme.id));
  }

  async merge(user: UserEntity, runId: string, body: MergeThemesRequest): Promise<SynthesisTheme> {
    const run = await this.editableRun(runId, user);
    const id = await this.db.transaction(async (m) => {
      const runs = new SynthesisRepository(m);
      const themes = new SynthesisThemesRepository(m);
      await runs.lockRun(run.id);
      const all = await themes.working(run.id);
      const chosen = body.themeIds.map((id) => all.find((t) => t.id === id && t.origin !== 'other'));
      if (chosen.some((t) => !t)) throw AppError.notFound();
      const picked = chosen as (typeof all)[number][];
      const merged = mergeThemes(all, picked, body.label).find((t) => t.origin === 'merged' && !t.id)!;
      await runs.insertEdit({
        consultationId: run.consultationId,
        roomId: run.roomId,
        kind: 'merge',
        memberSets: picked.map((t) => t.memberIds),
        part: null,
        label: body.label ?? null,
        createdById: user.id,
      });
      const position = Math.min(...picked.map((t) => t.position));
      const meta = await themes.meta(merged.memberIds);
      await themes.remove(picked.map((t) => t.id));
      return themes.insert(run.id, position, merged, meta);
    });
    return toTheme(await this.themesRepo().get(id), undefined, translatedRun(run));
  }

  async split(user: UserEntity, themeId: string, body: SplitThemeRequest): Promise<SynthesisTheme> {
    const { theme, run } = await this.editableTheme(themeId, user, true);
    const id = await this.db.transaction(async (m) => {
      const runs = new SynthesisRepository(m);
      const themes = new SynthesisThemesRepository(m);
      await runs.lockRun(run.id);
      const all = await themes.working(run.id);
      const source = all.find((t) => t.id === theme.id)!;
      const part = body.contributionIds.filter((c) => source.memberIds.includes(c));
      if (!part.length || part.length === source.memberIds.length)
        throw AppError.validation([{ path: 'contributionIds', code: 'invalid' }]);
      const after = splitTheme(all, source, part, body.label);
      const rest = after.find((t) => t.id === source.id)!;
      const created = after.find((t) => t.origin === 'split' && !t.id)!;
      await runs.insertEdit({
        consultationId: run.consultationId,
        roomId: run.roomId,
        kind: 'split',
        memberSets: [source.memberIds],
        part,
        label: body.label,
        createdById: user.id,
      });
      const meta = await themes.meta(source.memberIds);
      if (!created.quotes.length) created.quotes = part.slice(0, 3).map((p) => ({ id: p, text: meta.get(p)?.text ?? '', centrality: 0 }));
      await themes.update(source.id, { size: rest.memberIds.length, quotes: rest.quotes, ...breakdowns(rest.memberIds, meta) });
      const position =
        source.origin === 'other'
          ? Math.max(-1, ...all.filter((t) => t.origin !== 'other').map((t) => t.position)) + 1
          : source.position + 1;
      await themes.shiftPositions(run.id, position, OTHER_POSITION);
      await themes.removeMembers(source.id, part);
      const createdId = await themes.save({
        runId: run.id,
        position,
        origin: 'split',
        label: created.label,
        renamed: true,
        keyPhrases: [],
        size: part.length,
        cohesion: created.cohesion,
        quotes: created.quotes,
        ...breakdowns(part, meta),
      });
      await themes.insertMembers(run.id, createdId, part);
      return createdId;
    });
    return toTheme(await this.themesRepo().get(id));
  }

  private async visibleTheme(themeId: string, user: UserEntity) {
    const theme = await this.themesRepo().find(themeId);
    if (!theme) throw AppError.notFound();
    const run = await this.runs.findVisible(theme.runId, user);
    return { theme, run };
  }

  private async editableTheme(themeId: string, user: UserEntity, allowOther = false) {
    const found = await this.visibleTheme(themeId, user);
    if (found.theme.origin === 'other' && !allowOther) throw AppError.notFound();
    await this.editableRun(found.run.id, user, found.run);
    return found;
  }

  /** Edits go to the latest finished run of a scope (they are kept for the runs after it). */
  private async editableRun(runId: string, user: UserEntity, known?: SynthesisRunEntity) {
    const run = known ?? (await this.runs.findVisible(runId, user));
    if (!SynthesisPolicy.canEditThemes(user)) throw AppError.forbidden();
    if (run.status !== 'succeeded') throw AppError.conflict('synthesis.run_not_ready');
    const latest = await new SynthesisRepository(this.db.manager).latestSucceededId(run.consultationId, run.roomId);
    if (latest !== run.id) throw AppError.conflict('synthesis.not_latest_run');
    return run;
  }

  private themesRepo() {
    return new SynthesisThemesRepository(this.db.manager);
  }
}
