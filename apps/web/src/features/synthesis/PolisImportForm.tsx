import { useState } from 'react';
import { Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { usePolisImport } from './useStatements';

/** Officials bring a past Polis conversation: comments.csv + votes.csv, or participants-votes.csv. */
export function PolisImportForm({ slug }: { slug: string }) {
  const { t } = useTranslation('synthesis');
  const [files, setFiles] = useState<{ comments: File | null; votes: File | null; participantsVotes: File | null }>({
    comments: null,
    votes: null,
    participantsVotes: null,
  });
  const polis = usePolisImport(slug);
  const submit = async () => {
    const read = (f: File | null) => (f ? f.text() : Promise.resolve(undefined));
    const [comments, votes, participantsVotes] = await Promise.all([
      read(files.comments),
      read(files.votes),
      read(files.participantsVotes),
    ]);
    polis.mutate({ comments, votes, participantsVotes });
  };
  return (
    <Card
      padding="lg"
      withBorder
      component="form"
      aria-labelledby="polis-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} fz="md" id="polis-title">
          {t('polis.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('polis.lead')}
        </Text>
        <Group grow align="flex-start">
          <FileInput
            label="comments.csv"
            accept=".csv,text/csv"
            clearable
            value={files.comments}
            onChange={(f) => setFiles((s) => ({ ...s, comments: f }))}
            placeholder={t('polis.choose')}
          />
          <FileInput
            label="votes.csv"
            accept=".csv,text/csv"
            clearable
            value={files.votes}
            onChange={(f) => setFiles((s) => ({ ...s, votes: f }))}
            placeholder={t('polis.choose')}
          />
          <FileInput
            label="participants-votes.csv"
            accept=".csv,text/csv"
            clearable
            value={files.participantsVotes}
            onChange={(f) => setFiles((s) => ({ ...s, participantsVotes: f }))}
            placeholder={t('polis.choose')}
          />
        </Group>
        <ErrorAlert error={polis.error} />
        {polis.data && (
          <Text size="sm" role="status">
            {t('polis.done', { statements: polis.data.statements, votes: polis.data.votes, participants: polis.data.participants })}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={polis.isPending} disabled={!files.votes && !files.participantsVotes}>
            {t('polis.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
