import { useEffect, useState } from 'react';
import { ActionIcon, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language, TranslatedText } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { useGuide, useInterviewActions } from './useInterviews';

type Row = { key: string; id?: string; text: TranslatedText };

function Guide() {
  const { t } = useTranslation('interviews');
  const { slug = '' } = useParams();
  const consultation = useConsultation(slug);
  const guide = useGuide(consultation.data?.id);
  const { saveGuide } = useInterviewActions(consultation.data?.id);
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (guide.data) setRows(guide.data.questions.map((q) => ({ key: q.id, id: q.id, text: q.text })));
  }, [guide.data]);
  if (consultation.isPending || guide.isPending) return <PageLoader />;
  if (consultation.isError || guide.isError) return <ErrorAlert error={consultation.error ?? guide.error} />;
  const languages = consultation.data.languages as Language[];
  const errors = fieldErrors(saveGuide.error);
  const move = (i: number, by: number) =>
    setRows((r) => {
      const next = [...r];
      const [x] = next.splice(i, 1);
      next.splice(i + by, 0, x);
      return next;
    });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}/interviews`} size="sm">
        {t('backToList')}
      </Anchor>
      <PageHeader title={t('guide.title')} lead={<LocalizedField text={consultation.data.title} />} />
      <ErrorAlert error={saveGuide.error} />
      <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row, i) => (
          <Card key={row.key} component="li" padding="md" aria-label={t('guide.question', { n: i + 1 })}>
            <Group justify="space-between" mb="xs">
              <Text fw={700}>{t('guide.question', { n: i + 1 })}</Text>
              <Group gap={4}>
                <ActionIcon variant="subtle" aria-label={t('guide.up', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, -1)}>
                  <IconArrowUp size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('guide.down', { n: i + 1 })}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('guide.remove', { n: i + 1 })}
                  onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, md: Math.min(languages.length, 2) }}>
              {languages.map((lang) => (
                <Textarea
                  key={lang}
                  lang={lang}
                  label={LANGUAGE_NAMES[lang]}
                  autosize
                  minRows={2}
                  value={row.text[lang] ?? ''}
                  error={errors[`questions.${i}.text`]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setRows((r) => r.map((x, j) => (j === i ? { ...x, text: { ...x.text, [lang]: value } } : x)));
                  }}
                />
              ))}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
      <Group justify="space-between">
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setRows((r) => [...r, { key: crypto.randomUUID(), text: {} }])}
        >
          {t('guide.add')}
        </Button>
        <Button
          loading={saveGuide.isPending}
          onClick={() =>
            saveGuide.mutate(
              { questions: rows.map((r) => ({ id: r.id, text: r.text })) },
              { onSuccess: () => notifications.show({ color: 'civic', message: t('saved') }) },
            )
          }
        >
          {t('guide.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The interview guide: ordered questions in every language of the consultation. */
export function InterviewGuidePage() {
  return (
    <RequireAuth>
      <Guide />
    </RequireAuth>
  );
}
