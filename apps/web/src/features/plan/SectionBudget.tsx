import { Group, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSectionFieldText, type SectionFormPart } from './useSectionFieldText';

/** An action's budget: the line's name in the language edited, and its amount. */
export function SectionBudget({ content, lang, change }: SectionFormPart) {
  const { t } = useTranslation('plan');
  const { text, set, reviewHint } = useSectionFieldText(content, lang);
  return (
    <Group align="flex-end" grow>
      <TextInput
        label={t('fields.budgetLine')}
        value={text(content.budget?.line ?? {})}
        description={reviewHint('budget.line')}
        onChange={(e) => {
          // The line's name per language; no name in any language and no amount: no budget.
          const line = set(content.budget?.line ?? {}, e.currentTarget.value);
          const named = Object.values(line).some((v) => v?.trim());
          change({
            ...content,
            budget: named || content.budget?.amount != null ? { line, amount: content.budget?.amount ?? null, currency: 'EUR' } : null,
          });
        }}
      />
      <NumberInput
        label={t('fields.budgetAmount')}
        min={0}
        disabled={!content.budget}
        value={content.budget?.amount ?? ''}
        onChange={(v) => content.budget && change({ ...content, budget: { ...content.budget, amount: v === '' ? null : Number(v) } })}
      />
    </Group>
  );
}
