import { Alert, Anchor, Button, Group, List, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Language, Questionnaire } from '@polyphony/contracts';
import { QuestionField } from './QuestionField';
import { markOf, usePick } from './usePick';
import { LocalizedMark } from '../../shared/localized';

interface QuestionnaireFormProps {
  questionnaire: Pick<Questionnaire, 'sections'>;
  answers: Record<string, AnswerValue>;
  onChange: (questionId: string, value: AnswerValue) => void;
  errors?: Record<string, string>;
  disabled?: boolean;
  lang?: Language;
  /** Buttons under the form (save draft, submit). */
  actions?: React.ReactNode;
  /** Level of the section headings (2 on the answer page, 3 in the builder's preview). */
  headingOrder?: 2 | 3;
}

const isAnswered = (v: AnswerValue | undefined) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);

/** Sections and questions with progress, one section at a time or all, and an error summary linking to the questions. */
export function QuestionnaireForm({
  questionnaire,
  answers,
  onChange,
  errors = {},
  disabled,
  lang,
  actions,
  headingOrder = 2,
}: QuestionnaireFormProps) {
  const { t } = useTranslation('questionnaires');
  const pick = usePick(lang);
  const [mode, setMode] = useState<'one' | 'all'>(questionnaire.sections.length > 1 ? 'one' : 'all');
  const [current, setCurrent] = useState(0);
  const top = useRef<HTMLDivElement>(null);
  const questions = questionnaire.sections.flatMap((s) => s.questions);
  const numbers = new Map(questions.map((q, i) => [q.id, i + 1]));
  const answered = questions.filter((q) => isAnswered(answers[q.id])).length;
  const errorIds = questions.filter((q) => errors[`answers.${q.id}`]).map((q) => q.id);
  const sectionOf = (questionId: string) => questionnaire.sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
  const goTo = (questionId: string) => {
    if (mode === 'one') setCurrent(sectionOf(questionId));
    setTimeout(() => document.getElementById(`q-${questionId}`)?.focus(), 0);
  };
  const shown =
    mode === 'all' ? questionnaire.sections.map((s, i) => [s, i] as const) : [[questionnaire.sections[current], current] as const];
  const changeSection = (i: number) => {
    setCurrent(i);
    // The new section starts at the top of the screen (below the sticky header), focus with it.
    setTimeout(() => {
      top.current?.focus({ preventScroll: true });
      top.current?.scrollIntoView({ block: 'start' });
    }, 0);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" id="progress-label">
          {t('answer.progress', { answered, total: questions.length })}
        </Text>
        {/* The named element is the progress bar itself (the section), not its track. */}
        <Progress.Root>
          <Progress.Section value={questions.length ? (answered / questions.length) * 100 : 0} aria-labelledby="progress-label" />
        </Progress.Root>
      </Stack>
      {questionnaire.sections.length > 1 && (
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'one' | 'all')}
          w="fit-content"
          // On a phone a long label (Catalan) wraps inside its half instead of pushing the page sideways.
          maw="100%"
          styles={{ label: { whiteSpace: 'normal' } }}
          data={[
            { value: 'one', label: t('answer.oneAtATime') },
            { value: 'all', label: t('answer.allSections') },
          ]}
        />
      )}
      {errorIds.length > 0 && (
        <Alert color="red" variant="light" role="alert" title={t('answer.errorsTitle')} icon={<IconAlertTriangle aria-hidden />}>
          <List size="sm">
            {errorIds.map((id) => (
              <List.Item key={id}>
                <Anchor component="button" type="button" onClick={() => goTo(id)}>
                  {numbers.get(id)}. {pick(questions.find((q) => q.id === id)?.prompt).text}
                </Anchor>{' '}
                — {errors[`answers.${id}`]}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div ref={top} tabIndex={-1} style={{ outline: 'none', scrollMarginTop: 140 }} />
      {shown.map(([section, i]) => {
        const title = pick(section.title);
        const description = pick(section.description);
        return (
          <Stack key={section.id} gap="md" component="section" aria-labelledby={`s-${section.id}`}>
            {mode === 'one' && (
              <Text size="sm" c="dimmed">
                {t('answer.sectionOf', { n: i + 1, total: questionnaire.sections.length })}
              </Text>
            )}
            <Title order={headingOrder} fz="h3" id={`s-${section.id}`} lang={title.lang}>
              {title.text}
            </Title>
            {markOf(title, description) && <LocalizedMark value={markOf(title, description)!} />}
            {description.text && <Text lang={description.lang}>{description.text}</Text>}
            {section.questions.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                number={numbers.get(q.id)!}
                value={answers[q.id]}
                onChange={(v) => onChange(q.id, v)}
                error={errors[`answers.${q.id}`]}
                disabled={disabled}
                lang={lang}
              />
            ))}
          </Stack>
        );
      })}
      {mode === 'one' && questionnaire.sections.length > 1 && (
        <Group justify="space-between">
          <Button variant="default" disabled={current === 0} onClick={() => changeSection(current - 1)}>
            {t('answer.previous')}
          </Button>
          <Button variant="default" disabled={current === questionnaire.sections.length - 1} onClick={() => changeSection(current + 1)}>
            {t('answer.next')}
          </Button>
        </Group>
      )}
      {actions}
    </Stack>
  );
}
