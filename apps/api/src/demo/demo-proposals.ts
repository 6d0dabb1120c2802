import type { EntityManager } from 'typeorm';
import { detectLanguage } from '@polyphony/synthesis';
import type { ProposalStatus } from '@polyphony/contracts';
import { ContributionsService } from '../contributions/contributions.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalVersionEntity } from '../proposals/proposal-version.entity';
import { ProposalCoauthorEntity } from '../proposals/proposal-coauthor.entity';
import { ProposalStatusChangeEntity } from '../proposals/proposal-status-change.entity';
import { ProposalCommentEntity } from '../proposals/proposal-comment.entity';
import { UPDATE_PROPOSAL_SEARCH_SQL } from '../proposals/proposal-search';
import { contributionText, snapshotOf } from '../proposals/proposal.mapper';
import { UserEntity } from '../users/user.entity';
import { DEMO_ANSWERS, DEMO_COMMENTS, DEMO_PROPOSALS } from './demo-proposals-data';

const DAY = 86_400_000;
const PATH: Record<ProposalStatus, ProposalStatus[]> = {
  draft: [],
  submitted: ['submitted'],
  under_evaluation: ['submitted', 'under_evaluation'],
  accepted: ['submitted', 'under_evaluation', 'accepted'],
  partially_accepted: ['submitted', 'under_evaluation', 'partially_accepted'],
  not_retained: ['submitted', 'under_evaluation', 'not_retained'],
  merged: ['submitted', 'under_evaluation', 'merged'],
};

/**
 * About forty proposals on the demo consultation, in four languages, several co-authored by an
 * association and a diaspora association, with supports, comments and every status. Keyed on
 * (consultation, title): a second run changes nothing.
 */
export async function seedDemoProposals(manager: EntityManager, consultationId: string, now = new Date()): Promise<number> {
  if (await manager.getRepository(ProposalEntity).existsBy({ consultationId, title: DEMO_PROPOSALS[0][7] })) return 0;
  const users = await manager.getRepository(UserEntity).find();
  const byPrefix = new Map(users.filter((u) => u.email).map((u) => [u.email!.split('@')[0], u]));
  const official = byPrefix.get('official');
  const orgs = new Map((await manager.getRepository(OrganisationEntity).find()).map((o) => [o.slug, o]));
  const contributions = new ContributionsService();
  const supporters = users.filter((u) => u.email?.endsWith('@demo.polyphony.test'));
  const created: ProposalEntity[] = [];

  for (const [n, [prefix, line, targets, regions, partners, status, coauthored, title, body]] of DEMO_PROPOSALS.entries()) {
    const author = byPrefix.get(prefix);
    if (!author) continue;
    const submittedAt = new Date(now.getTime() - (60 - n) * DAY);
    const repo = manager.getRepository(ProposalEntity);
    const p = await repo.save(
      repo.create({
        consultationId,
        authorId: author.id,
        authorCategory: author.category,
        title,
        body,
        expectedResults: '',
        language: detectLanguage(`${title}\n${body}`).language,
        strategicLine: line,
        theme: null,
        regions,
        partners,
        sdgs: [...new Set(targets.map((t) => Number(t.split('.')[0])))].sort((a, b) => a - b),
        sdgTargets: targets,
        agendas: n % 3 === 0 ? ['new_urban_agenda'] : n % 3 === 1 ? ['european_green_deal', 'paris_agreement'] : ['leipzig_charter'],
        status,
        submittedAt: status === 'draft' ? null : submittedAt,
        statusChangedAt: status === 'draft' ? null : new Date(submittedAt.getTime() + (PATH[status].length - 1) * 5 * DAY),
        createdAt: new Date(submittedAt.getTime() - 3 * DAY),
      }),
    );
    await manager
      .getRepository(ProposalVersionEntity)
      .insert({ proposalId: p.id, number: 1, editorId: author.id, snapshot: snapshotOf(p), changed: ['title', 'body'] });
    if (coauthored) {
      // An association and a diaspora association co-sign, through their members.
      const association = orgs.get(prefix.startsWith('diaspora') ? 'solidaritat-sense-fronteres-bcn' : 'federacio-veinal-metropolitana');
      const diaspora = orgs.get(prefix === 'diaspora-colombia' ? 'colombianos-en-el-area-metropolitana' : 'diaspora-senegal-catalunya');
      const member = byPrefix.get('civil-society');
      const diasporaMember = byPrefix.get(prefix === 'diaspora-colombia' ? 'diaspora-colombia' : 'diaspora');
      const person = prefix === 'civil-society' ? diasporaMember : member;
      const rows: Partial<ProposalCoauthorEntity>[] = [];
      if (person && person.id !== author.id)
        rows.push({
          proposalId: p.id,
          kind: 'person',
          userId: person.id,
          status: 'accepted',
          invitedById: author.id,
          respondedAt: submittedAt,
        });
      if (association && member)
        rows.push({
          proposalId: p.id,
          kind: 'organisation',
          organisationId: association.id,
          userId: member.id,
          status: 'accepted',
          invitedById: author.id,
          respondedAt: submittedAt,
        });
      if (diaspora && diasporaMember)
        rows.push({
          proposalId: p.id,
          kind: 'organisation',
          organisationId: diaspora.id,
          userId: diasporaMember.id,
          status: 'accepted',
          invitedById: author.id,
          respondedAt: submittedAt,
        });
      await manager.getRepository(ProposalCoauthorEntity).insert(rows);
    }
    await manager.query(UPDATE_PROPOSAL_SEARCH_SQL, [p.id]);
    if (status === 'draft') continue;
    created.push(p);

    let from: ProposalStatus = 'draft';
    for (const [i, to] of PATH[status].entries()) {
      const mergedIntoId = to === 'merged' ? created[0].id : null;
      await manager.getRepository(ProposalStatusChangeEntity).insert({
        proposalId: p.id,
        fromStatus: from,
        toStatus: to,
        text: DEMO_ANSWERS[to] ?? '',
        mergedIntoId,
        actorId: to === 'submitted' ? author.id : (official?.id ?? null),
        createdAt: new Date(submittedAt.getTime() + i * 5 * DAY),
      });
      if (mergedIntoId) await manager.getRepository(ProposalEntity).update({ id: p.id }, { mergedIntoId });
      from = to;
    }
    await contributions.record(manager, {
      source: 'proposal',
      sourceRef: p.id,
      consultationId,
      text: contributionText(p),
      category: author.category,
      country: author.country,
      authorUserId: author.id,
      createdAt: submittedAt,
    });

    // Supports: a varying share of the demo people; counters kept in step.
    const chosen = supporters.filter((u, i) => (i * 7 + n * 3) % 11 < 2 + (n % 9));
    if (chosen.length) {
      await manager.query(
        `INSERT INTO proposal_supports (proposal_id, user_id, category, created_at) SELECT $1, u, c, $4 FROM unnest($2::uuid[], $3::text[]) AS x(u, c)`,
        [p.id, chosen.map((u) => u.id), chosen.map((u) => u.category), new Date(submittedAt.getTime() + DAY)],
      );
    }
    // Comments, some with a reply.
    const commenters = supporters.filter((u) => u.id !== author.id);
    const count = n % 4;
    for (let c = 0; c < count; c++) {
      const who = commenters[(n + c * 5) % commenters.length];
      const text = DEMO_COMMENTS[(n + c) % DEMO_COMMENTS.length];
      const comment = await manager.getRepository(ProposalCommentEntity).save({
        proposalId: p.id,
        authorId: who.id,
        body: text,
        language: detectLanguage(text).language,
        createdAt: new Date(submittedAt.getTime() + (c + 1) * DAY),
      });
      await contributions.record(manager, {
        source: 'proposal_comment',
        sourceRef: comment.id,
        consultationId,
        text,
        category: who.category,
        country: who.country,
        authorUserId: who.id,
      });
      if (c === 0 && n % 2 === 0) {
        const reply = 'Gràcies, ho afegim a la proposta.';
        await manager.getRepository(ProposalCommentEntity).save({
          proposalId: p.id,
          parentId: comment.id,
          rootId: comment.id,
          authorId: author.id,
          body: reply,
          language: 'ca',
          createdAt: new Date(submittedAt.getTime() + (c + 2) * DAY),
        });
      }
    }
    await manager.query(
      `UPDATE proposals SET support_count = (SELECT count(*) FROM proposal_supports WHERE proposal_id = $1),
         comment_count = (SELECT count(*) FROM proposal_comments WHERE proposal_id = $1 AND hidden_at IS NULL) WHERE id = $1`,
      [p.id],
    );
  }
  return created.length;
}
