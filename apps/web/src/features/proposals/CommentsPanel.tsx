import { Box, Button, Card, Group, Stack, Text, Textarea, Title, Typography } from '@mantine/core';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposalComment } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useMe } from '../auth/useMe';
import { ReportButton } from '../moderation/ReportButton';
import { useComments, useEditComment, usePostComment, useVoteComment } from './useProposals';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { dateTimeFormat } from '../../app/territory-time';
import { LoadMore } from '../../shared/LoadMore';

export function CommentsPanel({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation('proposals');
  const comments = useComments(p.id);
  const items = comments.data?.pages.flatMap((x) => x.items) ?? [];
  return (
    <Card padding="lg">
      <Title order={2} size="h3" mb="sm">
        {t('comments.title')} ({p.commentCount})
      </Title>
      <Stack gap="md">
        {p.can.comment && <Composer proposalId={p.id} />}
        <ErrorAlert error={comments.error} />
        {comments.isSuccess && items.length === 0 && <Text c="dimmed">{t('comments.empty')}</Text>}
        {items.map((c) => (
          <Box key={c.id}>
            <CommentItem proposalId={p.id} comment={c} />
            {c.replies.length > 0 && (
              <Stack gap="sm" mt="sm" pl="lg" style={{ borderInlineStart: '2px solid var(--mantine-color-gray-3)' }}>
                {c.replies.map((r) => (
                  <CommentItem key={r.id} proposalId={p.id} comment={r} />
                ))}
              </Stack>
            )}
          </Box>
        ))}
        <LoadMore query={comments}>{t('comments.more')}</LoadMore>
      </Stack>
    </Card>
  );
}

function Composer({ proposalId, parentId, onDone }: { proposalId: string; parentId?: string; onDone?: () => void }) {
  const { t } = useTranslation('proposals');
  const [body, setBody] = useState('');
  const post = usePostComment(proposalId);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate(
          { body, parentId },
          {
            onSuccess: () => {
              setBody('');
              onDone?.();
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={post.error} />
        <Textarea
          label={parentId ? t('comments.replyLabel') : t('comments.label')}
          autosize
          minRows={2}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          maxLength={4000}
        />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={post.isPending}>
            {parentId ? t('comments.reply') : t('comments.post')}
          </Button>
          {onDone && (
            <Button size="sm" variant="default" onClick={onDone}>
              {t('comments.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function CommentItem({ proposalId, comment: c }: { proposalId: string; comment: ProposalComment }) {
  const { t, i18n } = useTranslation('proposals');
  const me = useMe();
  const client = useQueryClient();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(c.body);
  const refresh = () => client.invalidateQueries({ queryKey: ['proposals', 'comments', proposalId] });
  const vote = useVoteComment(proposalId, c.id);
  const edit = useEditComment(proposalId, c.id);
  const when = dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(c.createdAt));

  return (
    <Box id={`comment-${c.id}`} component="article" data-testid="comment">
      <Group gap="xs">
        <Text fw={600} size="sm">
          {c.author?.displayName ?? '—'}
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={c.createdAt}>{when}</time>
          {c.editedAt ? ` · ${t('comments.edited')}` : ''}
        </Text>
      </Group>
      {c.hidden && !c.body ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t('comments.hidden')}
        </Text>
      ) : editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate(draft, {
              onSuccess: () => {
                setEditing(false);
                void refresh();
              },
            });
          }}
        >
          <Stack gap="xs">
            <ErrorAlert error={edit.error} />
            <Textarea label={t('comments.edit')} autosize value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
            <Group gap="xs">
              <Button size="xs" type="submit">
                {t('comments.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                {t('comments.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <MachineTranslated text={c.body} from={c.language} format="markdown" html={c.bodyHtml}>
          {(shown) => (
            <Typography lang={shown.lang}>
              <div dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />
            </Typography>
          )}
        </MachineTranslated>
      )}
      {!c.hidden && (
        <Group gap={4} mt={4}>
          <Button
            size="compact-xs"
            variant={c.myVote === 1 ? 'filled' : 'subtle'}
            aria-pressed={c.myVote === 1}
            disabled={!me.data}
            onClick={() => vote.mutate(c.myVote === 1 ? 0 : 1, { onSuccess: () => void refresh() })}
          >
            {t('comments.agree', { count: c.agreeCount })}
          </Button>
          <Button
            size="compact-xs"
            variant={c.myVote === -1 ? 'filled' : 'subtle'}
            color="red"
            aria-pressed={c.myVote === -1}
            disabled={!me.data}
            onClick={() => vote.mutate(c.myVote === -1 ? 0 : -1, { onSuccess: () => void refresh() })}
          >
            {t('comments.disagree', { count: c.disagreeCount })}
          </Button>
          {c.can.reply && me.data && (
            <Button size="compact-xs" variant="subtle" onClick={() => setReplying(true)}>
              {t('comments.reply')}
            </Button>
          )}
          {c.can.edit && !editing && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </Button>
          )}
          {me.data && me.data.id !== c.author?.id && <ReportButton targetType="proposal_comment" targetId={c.id} compact />}
        </Group>
      )}
      {replying && (
        <Box mt="xs">
          <Composer proposalId={proposalId} parentId={c.id} onDone={() => setReplying(false)} />
        </Box>
      )}
    </Box>
  );
}
