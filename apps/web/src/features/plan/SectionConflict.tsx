import { Alert, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, PlanSection, SectionContent } from '@polyphony/contracts';
import { ApiError } from '../../app/api-client';

/**
 * Someone saved the section since this editor's revision: their text and the form's side by side,
 * with the choice to take theirs or to save the form's over it.
 */
export function SectionConflict({
  error,
  theirs,
  mine,
  lang,
  onTakeTheirs,
  onKeepMine,
}: {
  error: unknown;
  theirs: PlanSection | null;
  mine: SectionContent;
  lang: Language;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation('plan');
  return (
    <Alert
      color="red"
      variant="light"
      title={
        <Text fw={700} c="red.9">
          {t('editor.conflictTitle')}
        </Text>
      }
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{error instanceof ApiError ? error.message : ''}</Text>
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder padding="xs">
              <Text fw={600} size="sm">
                {t('editor.theirText')}
              </Text>
              <ContentPreview content={theirs?.content ?? null} lang={lang} />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder padding="xs">
              <Text fw={600} size="sm">
                {t('editor.yourText')}
              </Text>
              <ContentPreview content={mine} lang={lang} />
            </Card>
          </Grid.Col>
        </Grid>
        <Group>
          <Button size="xs" variant="light" onClick={onTakeTheirs}>
            {t('editor.takeTheirs')}
          </Button>
          <Button size="xs" color="red" variant="outline" disabled={!theirs} onClick={onKeepMine}>
            {t('editor.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** A section's title and paragraphs in one language, as plain text. */
function ContentPreview({ content, lang }: { content: SectionContent | null; lang: Language }) {
  if (!content) return null;
  return (
    <Stack gap={4} mt={4}>
      <Text size="sm" fw={600}>
        {content.title[lang] ?? Object.values(content.title)[0] ?? ''}
      </Text>
      {content.paragraphs.map((p) => (
        <Text key={p.id} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {p.text[lang] ?? ''}
        </Text>
      ))}
    </Stack>
  );
}
