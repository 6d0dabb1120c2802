import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService, type ModerationSubject } from '../moderation/moderation.service';

/** Registers proposals and their comments as content that can be reported and hidden. */
@Injectable()
export class ProposalsModeration implements OnModuleInit {
  constructor(
    private readonly moderation: ModerationService,
    private readonly contributions: ContributionsService,
  ) {}

  onModuleInit() {
    this.moderation.register('proposal', {
      load: async (manager, ids) => {
        const rows: { id: string; title: string; author_id: string; display_name: string; hidden_at: Date | null }[] = ids.length
          ? await manager.query(
              `SELECT p.id, p.title, p.author_id, u.display_name, p.hidden_at FROM proposals p JOIN users u ON u.id = p.author_id WHERE p.id = ANY($1) AND p.status <> 'draft'`,
              [ids],
            )
          : [];
        return new Map(
          rows.map((r): [string, ModerationSubject] => [
            r.id,
            {
              excerpt: r.title,
              link: `/proposals/${r.id}`,
              authorId: r.author_id,
              authorName: r.display_name,
              hidden: Boolean(r.hidden_at),
            },
          ]),
        );
      },
      setHidden: async (manager, id, hidden) => {
        await manager.query(`UPDATE proposals SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [id]);
        await this.contributions.setHidden(manager, 'proposal', id, hidden);
      },
    });
    this.moderation.register('proposal_comment', {
      load: async (manager, ids) => {
        const rows: { id: string; proposal_id: string; body: string; author_id: string; display_name: string; hidden_at: Date | null }[] =
          ids.length
            ? await manager.query(
                `SELECT c.id, c.proposal_id, c.body, c.author_id, u.display_name, c.hidden_at FROM proposal_comments c JOIN users u ON u.id = c.author_id WHERE c.id = ANY($1)`,
                [ids],
              )
            : [];
        return new Map(
          rows.map((r): [string, ModerationSubject] => [
            r.id,
            {
              excerpt: r.body,
              link: `/proposals/${r.proposal_id}#comment-${r.id}`,
              authorId: r.author_id,
              authorName: r.display_name,
              hidden: Boolean(r.hidden_at),
            },
          ]),
        );
      },
      setHidden: (manager, id, hidden) => this.setCommentHidden(manager, id, hidden),
    });
  }

  /** A hidden comment leaves the visible count and synthesis; restoring brings it back. */
  private async setCommentHidden(manager: EntityManager, id: string, hidden: boolean) {
    const [rows] = await manager.query(
      `UPDATE proposal_comments SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1 AND (hidden_at IS NULL) = $2 RETURNING proposal_id`,
      [id, hidden],
    );
    if (rows?.length)
      await manager.query(`UPDATE proposals SET comment_count = greatest(comment_count ${hidden ? '-' : '+'} 1, 0) WHERE id = $1`, [
        rows[0].proposal_id,
      ]);
    await this.contributions.setHidden(manager, 'proposal_comment', id, hidden);
  }
}
