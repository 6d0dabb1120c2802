import { ActionIcon, Badge, Button, Card, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type Language, type QuestionType } from '@polyphony/contracts';
import { TranslatedInputs } from './TranslatedInputs';
import { optionKey, retype, type DraftQuestion } from './builderState';

interface QuestionEditorProps {
  question: DraftQuestion;
  number: number;
  path: string;
  languages: Language[];
  errors: Record<string, string>;
  onChange: (q: DraftQuestion) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
}

/** One question in the builder: type, texts in every language, options or scale, required flag, order. */
export function QuestionEditor({
  question: q,
  number,
  path,
  languages,
  errors,
  onChange,
  onMove,
  onRemove,
  first,
  last,
}: QuestionEditorProps) {
  const { t } = useTranslation('questionnaires');
  const set = (patch: Partial<DraftQuestion>) => onChange({ ...q, ...patch });
  const locked = q.answered > 0;
  const choice = q.type === 'single_choice' || q.type === 'multiple_choice' || q.type === 'ranking';
  const headingId = `qe-${q.uid}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4} id={headingId}>
              {t('builder.question', { n: number })}
            </Title>
            {locked && (
              <Badge color="gray" variant="light" tt="none">
                {t('builder.answered', { count: q.answered })}
              </Badge>
            )}
          </Group>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              disabled={first}
              onClick={() => onMove(-1)}
              aria-label={`${t('builder.moveUp')}: ${t('builder.question', { n: number })}`}
            >
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={last}
              onClick={() => onMove(1)}
              aria-label={`${t('builder.moveDown')}: ${t('builder.question', { n: number })}`}
            >
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" disabled={locked} onClick={onRemove} aria-label={t('builder.remove', { n: number })}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        {errors[`questions.${q.id}`] && (
          <Text c="red.8" size="sm" role="alert">
            {errors[`questions.${q.id}`]}
          </Text>
        )}
        <Group align="flex-end">
          <NativeSelect
            label={t('builder.type')}
            value={q.type}
            disabled={locked}
            error={errors[`${path}.type`]}
            onChange={(e) => onChange(retype(q, e.currentTarget.value as QuestionType))}
            data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          />
          <Checkbox
            label={t('builder.required')}
            checked={q.required}
            onChange={(e) => set({ required: e.currentTarget.checked })}
            mb={8}
          />
        </Group>
        <TranslatedInputs
          label={t('builder.prompt')}
          value={q.prompt}
          onChange={(prompt) => set({ prompt })}
          languages={languages}
          errors={errors}
          path={`${path}.prompt`}
          required
        />
        <TranslatedInputs
          label={t('builder.help')}
          value={q.help}
          onChange={(help) => set({ help })}
          languages={languages}
          errors={errors}
          path={`${path}.help`}
        />
        {choice && (
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t('builder.options')}
            </Text>
            {errors[`${path}.options`] && (
              <Text c="red.8" size="sm" role="alert">
                {errors[`${path}.options`]}
              </Text>
            )}
            {q.options.map((o, k) => (
              <Group key={o.key} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <TranslatedInputs
                    label={t('builder.option', { n: k + 1 })}
                    value={o.label}
                    languages={languages}
                    errors={errors}
                    path={`${path}.options.${k}.label`}
                    required
                    onChange={(label) => set({ options: q.options.map((x, j) => (j === k ? { ...x, label } : x)) })}
                  />
                </div>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={6}
                  disabled={q.options.length <= 2}
                  aria-label={t('builder.removeOption', { n: k + 1 })}
                  onClick={() => set({ options: q.options.filter((_, j) => j !== k) })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => set({ options: [...q.options, { key: optionKey(), label: {} }] })}
            >
              {t('builder.addOption')}
            </Button>
          </Stack>
        )}
        {q.type === 'multiple_choice' && (
          <NumberInput
            label={t('builder.maxChoices')}
            description={t('builder.maxChoicesHint')}
            w={260}
            min={1}
            max={q.options.length}
            value={q.maxChoices ?? ''}
            error={errors[`${path}.maxChoices`]}
            onChange={(v) => set({ maxChoices: typeof v === 'number' ? v : null })}
          />
        )}
        {q.type === 'scale' && q.scale && (
          <Stack gap="xs">
            <Group>
              <NumberInput
                label={t('builder.scaleMin')}
                w={120}
                min={0}
                max={1}
                value={q.scale.min}
                disabled={locked}
                onChange={(v) => set({ scale: { ...q.scale!, min: Number(v) || 0 } })}
              />
              <NumberInput
                label={t('builder.scaleMax')}
                w={120}
                min={2}
                max={10}
                value={q.scale.max}
                disabled={locked}
                error={errors[`${path}.scale`]}
                onChange={(v) => set({ scale: { ...q.scale!, max: Number(v) || 5 } })}
              />
            </Group>
            <TranslatedInputs
              label={t('builder.minLabel')}
              value={q.scale.minLabel}
              languages={languages}
              errors={errors}
              path={`${path}.scale.minLabel`}
              onChange={(minLabel) => set({ scale: { ...q.scale!, minLabel } })}
            />
            <TranslatedInputs
              label={t('builder.maxLabel')}
              value={q.scale.maxLabel}
              languages={languages}
              errors={errors}
              path={`${path}.scale.maxLabel`}
              onChange={(maxLabel) => set({ scale: { ...q.scale!, maxLabel } })}
            />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
