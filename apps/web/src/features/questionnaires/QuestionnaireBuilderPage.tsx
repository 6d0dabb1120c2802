import { ActionIcon, Alert, Anchor, Button, Card, Group, Menu, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type AnswerValue, type Language } from '@polyphony/contracts';
import { ApiError, fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { NotFoundPage } from '../errors/NotFoundPage';
import { QuestionEditor } from './QuestionEditor';
import { QuestionnaireForm } from './QuestionnaireForm';
import { TranslatedInputs } from './TranslatedInputs';
import { fromQuestionnaire, move, newQuestion, newSection, toPreview, toRequest, type DraftSection } from './builderState';
import { useConsultationOf, useQuestionnaire, useSaveQuestionnaire } from './useQuestionnaire';
import { LocalizedField } from '../../shared/localized';

export function QuestionnaireBuilderPage() {
  return (
    <RequireAuth>
      <Builder />
    </RequireAuth>
  );
}

/** Officials build the questionnaire: sections, questions, translations side by side, and a live preview. */
function Builder() {
  const { t } = useTranslation('questionnaires');
  const { slug = '' } = useParams();
  const consultation = useConsultationOf(slug);
  const questionnaire = useQuestionnaire(slug);
  const save = useSaveQuestionnaire(slug);
  const [sections, setSections] = useState<DraftSection[] | null>(null);
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [previewLang, setPreviewLang] = useState<Language | null>(null);
  const [previewAnswers, setPreviewAnswers] = useState<Record<string, AnswerValue>>({});
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (questionnaire.isSuccess && sections === null) setSections(fromQuestionnaire(questionnaire.data));
  }, [questionnaire.isSuccess, questionnaire.data, sections]);

  if (consultation.isPending || questionnaire.isPending || !sections)
    return consultation.isError || questionnaire.isError ? (
      <ErrorAlert error={consultation.error ?? questionnaire.error} />
    ) : (
      <PageLoader />
    );
  if (consultation.error instanceof ApiError && consultation.error.status === 404) return <NotFoundPage />;
  if (consultation.isError) return <ErrorAlert error={consultation.error} />;
  const c = consultation.data;
  if (!c.can.edit) return <NotFoundPage />;
  const languages = c.languages;
  const errors = fieldErrors(save.error);
  const update = (i: number, patch: Partial<DraftSection>) => setSections(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  let number = 0;

  const submit = () => {
    setSaved(false);
    save.mutate(toRequest(sections, questionnaire.data?.version ?? null), {
      onSuccess: (q) => {
        setSections(fromQuestionnaire(q));
        setSaved(true);
      },
    });
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}`} size="sm">
        {t('builder.back')}
      </Anchor>
      <PageHeader
        title={t('builder.title')}
        lead={<LocalizedField text={c.title} />}
        actions={
          <Button onClick={submit} loading={save.isPending}>
            {t('builder.save')}
          </Button>
        }
      />
      <Text c="dimmed">{t('builder.lead')}</Text>
      {saved && (
        <Alert color="green" variant="light" role="status" icon={<IconCheck aria-hidden />}>
          {t('builder.saved')}
        </Alert>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      {save.error && Object.keys(errors).length > 0 && (
        <Text c="red.8" size="sm">
          {t('builder.errors')}
        </Text>
      )}
      <Group>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'edit' | 'preview')}
          data={[
            { value: 'edit', label: t('builder.edit') },
            { value: 'preview', label: t('builder.preview') },
          ]}
        />
        {mode === 'preview' && (
          <NativeSelect
            label={t('builder.previewLanguage')}
            value={previewLang ?? languages[0]}
            onChange={(e) => setPreviewLang(e.currentTarget.value as Language)}
            data={languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          />
        )}
      </Group>
      {mode === 'preview' ? (
        <Card withBorder padding="lg">
          <QuestionnaireForm
            questionnaire={toPreview(sections)}
            answers={previewAnswers}
            lang={previewLang ?? languages[0]}
            headingOrder={3}
            onChange={(id, v) => setPreviewAnswers((p) => ({ ...p, [id]: v }))}
          />
        </Card>
      ) : (
        sections.map((s, i) => {
          const path = `sections.${i}`;
          return (
            <Card key={s.uid} padding="lg" withBorder component="section" aria-labelledby={`se-${s.uid}`} bg="gray.0">
              <Stack gap="md">
                <Group justify="space-between">
                  <Title order={2} fz="h3" id={`se-${s.uid}`}>
                    {t('builder.section', { n: i + 1 })}
                  </Title>
                  <Group gap={4}>
                    <ActionIcon
                      variant="subtle"
                      disabled={i === 0}
                      onClick={() => setSections(move(sections, i, -1))}
                      aria-label={`${t('builder.moveUp')}: ${t('builder.section', { n: i + 1 })}`}
                    >
                      <IconArrowUp size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      disabled={i === sections.length - 1}
                      onClick={() => setSections(move(sections, i, 1))}
                      aria-label={`${t('builder.moveDown')}: ${t('builder.section', { n: i + 1 })}`}
                    >
                      <IconArrowDown size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      disabled={sections.length === 1 || s.questions.some((q) => q.answered > 0)}
                      onClick={() => setSections(sections.filter((_, j) => j !== i))}
                      aria-label={t('builder.removeSection', { n: i + 1 })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
                <TranslatedInputs
                  label={t('builder.sectionTitle')}
                  value={s.title}
                  onChange={(title) => update(i, { title })}
                  languages={languages}
                  errors={errors}
                  path={`${path}.title`}
                  required
                />
                <TranslatedInputs
                  label={t('builder.sectionDescription')}
                  value={s.description}
                  onChange={(description) => update(i, { description })}
                  languages={languages}
                  errors={errors}
                  path={`${path}.description`}
                  multiline
                />
                {s.questions.length === 0 && <Text c="dimmed">{t('builder.empty')}</Text>}
                {s.questions.map((q, j) => (
                  <QuestionEditor
                    key={q.uid}
                    question={q}
                    number={++number}
                    path={`${path}.questions.${j}`}
                    languages={languages}
                    errors={errors}
                    first={j === 0}
                    last={j === s.questions.length - 1}
                    onChange={(next) => update(i, { questions: s.questions.map((x, k) => (k === j ? next : x)) })}
                    onMove={(by) => update(i, { questions: move(s.questions, j, by) })}
                    onRemove={() => update(i, { questions: s.questions.filter((_, k) => k !== j) })}
                  />
                ))}
                <Menu position="bottom-start">
                  <Menu.Target>
                    <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} aria-hidden />}>
                      {t('builder.addQuestion')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {QUESTION_TYPES.map((type) => (
                      <Menu.Item key={type} onClick={() => update(i, { questions: [...s.questions, newQuestion(type)] })}>
                        {t(`types.${type}`)}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              </Stack>
            </Card>
          );
        })
      )}
      {mode === 'edit' && (
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setSections([...sections, newSection()])}
          >
            {t('builder.addSection')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('builder.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
