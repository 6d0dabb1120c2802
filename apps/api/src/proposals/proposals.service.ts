import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { detectLanguage } from '@polyphony/synthesis';
import type {
  CategoryCounts,
  CreateProposalRequest,
  Proposal,
  ProposalSummary,
  UpdateProposalRequest,
  proposalListQuerySchema,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { renderMarkdown } from '../core/text/markdown';
import { RateLimitService } from '../auth/rate-limit.service';
import { ConsultationsService } from '../consultations/consultations.service';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService } from '../moderation/moderation.service';
import { TaxonomyService, type KeyUses } from '../taxonomy/taxonomy.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import type { ProposalEntity } from './proposal.entity';
import { ProposalCoauthorsRepository } from './proposal-coauthors.repository';
import { ProposalVersionsRepository } from './proposal-versions.repository';
import { contributionText, SNAPSHOT_FIELDS, snapshotOf, toCoauthor, toEndorsement, toStatusChange, toSummary } from './proposal.mapper';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsPolicy, type ProposalRelation } from './proposals.policy';
import type { Parsed } from '../core/errors/zod-validation';

/** The language of a proposal's text, for search and synthesis. */
export const languageOf = (p: Pick<ProposalEntity, 'title' | 'body' | 'expectedResults'>) => detectLanguage(contributionText(p)).language;

/** Proposals: drafting with versions, submission, reading and finding. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly limits: RateLimitService,
    private readonly consultations: ConsultationsService,
    private readonly contributions: ContributionsService,
    private readonly notifications: NotificationsService,
    private readonly moderation: ModerationService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The proposal (404 when missing or not visible to the viewer) and how the viewer stands to it. */
  async findVisible(id: string, viewer: UserEntity | undefined, manager: EntityManager = this.db.manager, lock = false) {
    const repo = new ProposalsRepository(manager);
    const proposal = await (lock ? repo.lock(id) : repo.findById(id));
    if (!proposal) throw AppError.notFound();
    const rel = await this.relation(manager, proposal, viewer);
    if (!ProposalsPolicy.canSee(viewer, proposal, rel)) throw AppError.notFound();
    return { proposal, rel };
  }

  async relation(
    manager: EntityManager,
    proposal: Pick<ProposalEntity, 'id' | 'authorId'>,
    viewer?: UserEntity,
  ): Promise<ProposalRelation> {
    if (!viewer) return { editor: false, involved: false };
    if (proposal.authorId === viewer.id) return { editor: true, involved: true };
    const rows = await new ProposalCoauthorsRepository(manager).factsFor(proposal.id, viewer.id);
    return { editor: rows.some((r) => r.status === 'accepted'), involved: rows.length > 0 };
  }

  async create(actor: UserEntity, input: CreateProposalRequest) {
    if (!ProposalsPolicy.canCreate(actor)) throw AppError.forbidden();
    await this.limits.consume(`proposals:create:${actor.id}`, 10, 3600);
    if (input.consultationId) {
      const { consultation } = await this.consultations.findForUser(input.consultationId, actor).catch(() => {
        throw AppError.validation([{ path: 'consultationId', code: 'invalid' }]);
      });
      if (consultation.status !== 'published') throw AppError.validation([{ path: 'consultationId', code: 'invalid' }]);
    }
    await this.taxonomy.assertKnown(taxonomyUses(input));
    const id = await this.db.transaction(async (manager) => {
      const repo = new ProposalsRepository(manager);
      const fields = normalise(input);
      const saved = await repo.insert({
        ...fields,
        consultationId: input.consultationId ?? null,
        authorId: actor.id,
        authorCategory: actor.category,
        status: 'draft',
        version: 1,
        language: languageOf({ ...fields, expectedResults: fields.expectedResults ?? '' }),
      });
      await new ProposalVersionsRepository(manager).insert({
        proposalId: saved.id,
        number: 1,
        editorId: actor.id,
        snapshot: snapshotOf(saved),
        changed: [...SNAPSHOT_FIELDS],
      });
      await repo.updateSearch(saved.id);
      return saved.id;
    });
    return this.get(id, actor);
  }

  /** An edit by a co-author of a draft: a new version, unless another co-author saved one since `baseVersion`. */
  async update(actor: UserEntity, id: string, input: UpdateProposalRequest) {
    await this.taxonomy.assertKnown(taxonomyUses(input));
    await this.db.transaction(async (manager) => {
      const { proposal, rel } = await this.findVisible(id, actor, manager, true);
      if (proposal.status !== 'draft') throw AppError.conflict('proposals.not_draft');
      if (!ProposalsPolicy.canEdit(actor, proposal, rel)) throw AppError.forbidden();
      if (input.baseVersion !== proposal.version) throw AppError.conflict('proposals.edit_conflict');
      const { baseVersion: _base, ...fields } = input;
      const before = snapshotOf(proposal);
      Object.assign(proposal, normalise({ ...before, ...fields }));
      const after = snapshotOf(proposal);
      const changed = SNAPSHOT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
      if (!changed.length) return;
      proposal.version += 1;
      proposal.language = languageOf(proposal);
      const repo = new ProposalsRepository(manager);
      await repo.saveEdit(proposal.id, { ...after, version: proposal.version, language: proposal.language });
      await new ProposalVersionsRepository(manager).insert({
        proposalId: proposal.id,
        number: proposal.version,
        editorId: actor.id,
        snapshot: after,
        changed: [...changed],
      });
      await repo.updateSearch(proposal.id);
    });
    return this.get(id, actor);
  }

  /** Submission publishes the draft, records it as a contribution and tells the other co-authors. */
  async submit(actor: UserEntity, id: string) {
    const delivery = await this.db.transaction(async (manager) => {
      const { proposal, rel } = await this.findVisible(id, actor, manager, true);
      if (proposal.status !== 'draft') throw AppError.conflict('proposals.not_draft');
      if (!ProposalsPolicy.canEdit(actor, proposal, rel)) throw AppError.forbidden();
      const repo = new ProposalsRepository(manager);
      await repo.markSubmitted(id, new Date());
      await repo.insertStatusChange({ proposalId: id, fromStatus: 'draft', toStatus: 'submitted', actorId: actor.id });
      await this.moderation.audit(manager, {
        targetType: 'proposal',
        targetId: id,
        action: 'status_change',
        data: { from: 'draft', to: 'submitted' },
        actorId: actor.id,
      });
      const author = await repo.author(proposal.authorId);
      await this.contributions.record(manager, {
        source: 'proposal',
        sourceRef: id,
        consultationId: proposal.consultationId,
        text: contributionText(proposal),
        category: proposal.authorCategory,
        country: author.country,
        authorUserId: author.id,
      });
      const recipients = (await this.coauthorUserIds(manager, id, proposal.authorId)).filter((u) => u !== actor.id);
      return this.notifications.create(
        manager,
        recipients.map((userId) => ({
          userId,
          kind: 'proposal_submitted',
          params: { title: proposal.title, actor: actor.displayName },
          link: `/proposals/${id}`,
        })),
      );
    });
    await delivery.deliver();
    return this.get(id, actor);
  }

  /** The author and every accepted co-author (people, and members who answered for organisations). */
  async coauthorUserIds(manager: EntityManager, proposalId: string, authorId: string): Promise<string[]> {
    return [...new Set([authorId, ...(await new ProposalCoauthorsRepository(manager).acceptedUserIds(proposalId))])];
  }

  /** A whole proposal page in a fixed number of queries, whatever its size. */
  async get(id: string, viewer?: UserEntity): Promise<Proposal> {
    const { proposal: found, rel } = await this.findVisible(id, viewer);
    const manager = this.db.manager;
    const repo = new ProposalsRepository(manager);
    const [proposal, coauthors, endorsements, supportsByCategory, history, mine] = await Promise.all([
      repo.findForPage(id),
      new ProposalCoauthorsRepository(manager).ofProposal(id),
      repo.endorsements(id),
      repo.supportsByCategory(id),
      repo.history(id),
      viewer
        ? this.viewerState(repo, id, viewer)
        : Promise.resolve({ supported: false, memberships: [] as { id: string; name: string }[], reported: false }),
    ]);
    const accepted = coauthors.filter((c) => c.status === 'accepted');
    const endorsedIds = new Set(endorsements.map((e) => e.organisationId));
    const endorsementsByCategory: CategoryCounts = {};
    for (const e of endorsements) endorsementsByCategory[e.category] = (endorsementsByCategory[e.category] ?? 0) + 1;
    const invitation = viewer
      ? (coauthors.find(
          (c) =>
            c.status === 'invited' &&
            ((c.kind === 'person' && c.userId === viewer.id) ||
              (c.kind === 'organisation' && mine.memberships.some((m) => m.id === c.organisationId))),
        ) ?? null)
      : null;
    const answer =
      [...history]
        .reverse()
        .find((h) => ['accepted', 'partially_accepted', 'not_retained', 'merged'].includes(h.toStatus) && h.toStatus === proposal.status) ??
      null;
    const canEdit = ProposalsPolicy.canEdit(viewer, found, rel);
    return {
      ...toSummary(
        proposal,
        accepted.filter((c) => c.organisation).map((c) => c.organisation!),
      ),
      body: proposal.body,
      bodyHtml: renderMarkdown(proposal.body),
      expectedResults: proposal.expectedResults,
      expectedResultsHtml: renderMarkdown(proposal.expectedResults),
      partners: proposal.partners,
      sdgTargets: proposal.sdgTargets,
      version: proposal.version,
      coauthors: coauthors.filter((c) => c.status !== 'declined' || rel.involved).map(toCoauthor),
      endorsements: endorsements.map(toEndorsement),
      supportsByCategory,
      endorsementsByCategory,
      history: history.map(toStatusChange),
      answer: answer ? toStatusChange(answer) : null,
      mergedInto: proposal.mergedInto ? { id: proposal.mergedInto.id, title: proposal.mergedInto.title } : null,
      planActionId: proposal.planActionId,
      viewer: {
        supported: mine.supported,
        organisations: mine.memberships.map((m) => ({ ...m, endorsed: endorsedIds.has(m.id) })),
        invitation: invitation ? toCoauthor(invitation) : null,
        reported: mine.reported,
      },
      can: {
        edit: canEdit,
        invite: canEdit,
        submit: canEdit,
        support: ProposalsPolicy.canSupport(viewer, found),
        comment: ProposalsPolicy.canComment(viewer, found),
        answer: ProposalsPolicy.canAnswer(viewer) && found.status !== 'draft',
        moderate: ProposalsPolicy.canModerate(viewer) && found.status !== 'draft',
        nextStatuses: ProposalsPolicy.nextStatuses(viewer, found),
      },
    };
  }

  private async viewerState(repo: ProposalsRepository, proposalId: string, viewer: UserEntity) {
    const [supported, memberships, reported] = await Promise.all([
      repo.supportedBy(proposalId, viewer.id),
      repo.activeOrganisationsOf(viewer.id),
      repo.reportedBy(proposalId, viewer.id),
    ]);
    return { supported, memberships, reported };
  }

  /**
   * Published proposals (or the viewer's own, drafts included, with `mine`), with filters and a
   * keyset page per sort: supports and comments use their denormalised counters, newest the
   * submission date, each with its own index. Authors and organisations come in the same two queries.
   */
  async list(
    query: Parsed<typeof proposalListQuerySchema>,
    viewer?: UserEntity,
  ): Promise<{ items: ProposalSummary[]; nextCursor: string | null }> {
    if (query.mine && !viewer) throw AppError.unauthenticated();
    const rows = await new ProposalsRepository(this.db.manager).page({
      ...query,
      mineOf: query.mine ? viewer!.id : undefined,
      after: decodeCursor(query.cursor, 2),
    });
    const key = (p: ProposalEntity): (string | number)[] => {
      if (query.mine) return [p.createdAt.toISOString(), p.id];
      if (query.sort === 'newest') return [p.submittedAt!.toISOString(), p.id];
      return [query.sort === 'supports' ? p.supportCount : p.commentCount, p.id];
    };
    const page = toPage(rows, query.limit, key);
    const orgs = await new ProposalCoauthorsRepository(this.db.manager).acceptedOrganisations(page.items.map((p) => p.id));
    return { items: page.items.map((p) => toSummary(p, orgs.get(p.id) ?? [])), nextCursor: page.nextCursor };
  }

  /** Pending invitations for the viewer: as a person, or for an organisation they may act for. */
  async invitations(viewer: UserEntity) {
    const rows = await new ProposalCoauthorsRepository(this.db.manager).pendingFor(viewer.id, 100);
    return rows.map((c) => ({ ...toCoauthor(c), proposal: { id: c.proposal!.id, title: c.proposal!.title, status: c.proposal!.status } }));
  }
}

/** The taxonomy keys a proposal points at (strategic line, regions, agendas), with their request paths. */
function taxonomyUses(i: { strategicLine?: string | null; regions?: string[]; agendas?: string[] }): KeyUses {
  return {
    strategic_line: i.strategicLine ? [{ path: 'strategicLine', key: i.strategicLine }] : [],
    region: (i.regions ?? []).map((key, n) => ({ path: `regions.${n}`, key })),
    agenda: (i.agendas ?? []).map((key, n) => ({ path: `agendas.${n}`, key })),
  };
}

/** Trims, de-duplicates and keeps SDG targets consistent with the chosen goals. */
function normalise<
  T extends { sdgs?: number[]; sdgTargets?: string[]; regions?: string[]; partners?: string[]; agendas?: string[]; theme?: string | null },
>(input: T) {
  const sdgTargets = [...new Set(input.sdgTargets ?? [])];
  const sdgs = [...new Set([...(input.sdgs ?? []), ...sdgTargets.map((t) => Number(t.split('.')[0]))])].sort((a, b) => a - b);
  return {
    ...input,
    theme: input.theme?.trim() || null,
    sdgs,
    sdgTargets,
    regions: [...new Set(input.regions ?? [])],
    partners: [...new Set((input.partners ?? []).map((p) => p.trim()).filter(Boolean))],
    agendas: [...new Set(input.agendas ?? [])],
  } as T & { sdgs: number[]; sdgTargets: string[] } & Required<Pick<CreateProposalRequest, 'title' | 'body'>> & Record<string, any>;
}
