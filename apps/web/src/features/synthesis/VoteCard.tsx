import { useEffect, useRef } from 'react';
import { Button, Card, Group, Kbd, Progress, Stack, Text, Title } from '@mantine/core';
import type { VoteChoice } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { useNextStatement, useVote } from './useStatements';

const KEYS: Record<string, VoteChoice> = { a: 'agree', d: 'disagree', p: 'pass' };

/** One statement at a time: agree, disagree or pass (keys A, D, P). */
export function VoteCard({ slug }: { slug: string }) {
  const { t } = useTranslation('synthesis');
  const next = useNextStatement(slug, true);
  const vote = useVote(slug);
  const statement = next.data?.statement ?? null;
  const canVote = next.data?.canVote ?? false;
  const heading = useRef<HTMLHeadingElement>(null);
  const cast = (choice: VoteChoice) => {
    // Only a second vote on the same card is blocked: the next card may show before the
    // previous vote's refetch settles, and a quick keyboard user must not lose a vote.
    if (!statement || !canVote || (vote.isPending && vote.variables?.statementId === statement.id)) return;
    vote.mutate({ statementId: statement.id, vote: choice });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) ||
        target?.isContentEditable
      )
        return;
      const choice = KEYS[e.key.toLowerCase()];
      if (choice) {
        e.preventDefault();
        cast(choice);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  // The next card takes the focus so screen readers read it.
  useEffect(() => heading.current?.focus(), [statement?.id]);
  if (next.isPending) return null;
  const total = next.data?.total ?? 0;
  const voted = next.data?.voted ?? 0;
  return (
    <Card component="section" aria-labelledby="vote-title" padding="xl" withBorder data-testid="vote-card">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="lg" id="vote-title">
            {t('vote.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('vote.count', { voted, total })}
          </Text>
        </Group>
        <Progress value={total ? (100 * voted) / total : 0} aria-label={t('vote.count', { voted, total })} size="sm" />
        <ErrorAlert error={next.error ?? vote.error} />
        {statement ? (
          <>
            <MachineTranslated text={statement.text} from={statement.language}>
              {(shown) => (
                <Title
                  order={3}
                  fz="xl"
                  fw={500}
                  ref={heading}
                  tabIndex={-1}
                  lang={shown.lang}
                  data-testid="statement-text"
                  aria-live="polite"
                >
                  {shown.text}
                </Title>
              )}
            </MachineTranslated>
            {canVote ? (
              <Group gap="sm">
                <Button
                  color="teal.9"
                  onClick={() => cast('agree')}
                  loading={vote.isPending && vote.variables?.statementId === statement.id}
                  aria-keyshortcuts="A"
                >
                  {t('vote.agree')}{' '}
                  <Kbd ml={8} size="xs">
                    A
                  </Kbd>
                </Button>
                <Button
                  color="red.9"
                  onClick={() => cast('disagree')}
                  loading={vote.isPending && vote.variables?.statementId === statement.id}
                  aria-keyshortcuts="D"
                >
                  {t('vote.disagree')}{' '}
                  <Kbd ml={8} size="xs">
                    D
                  </Kbd>
                </Button>
                <Button
                  variant="default"
                  onClick={() => cast('pass')}
                  loading={vote.isPending && vote.variables?.statementId === statement.id}
                  aria-keyshortcuts="P"
                >
                  {t('vote.pass')}{' '}
                  <Kbd ml={8} size="xs">
                    P
                  </Kbd>
                </Button>
              </Group>
            ) : (
              <Text c="gray.7">{t('vote.closed')}</Text>
            )}
            <Text size="xs" c="gray.7">
              {t('vote.keys')}
            </Text>
          </>
        ) : (
          <Text data-testid="vote-done">{total ? t('vote.done') : t('vote.none')}</Text>
        )}
      </Stack>
    </Card>
  );
}
