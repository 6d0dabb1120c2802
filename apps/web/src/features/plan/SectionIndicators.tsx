import { Card, Grid, NativeSelect, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddItemButton, RemoveItemButton } from './SectionListButtons';
import { INDICATOR_KINDS } from '@polyphony/contracts';
import { useTaxonomyOptions } from '../settings/useTaxonomy';
import { newId } from './usePlan';
import { useSectionFieldText, type SectionFormPart } from './useSectionFieldText';
import { DateField } from '../../shared/DateField';

/** An action's indicators: name in the language edited, kind, unit, baseline, target and its date; removable, and one to add. */
export function SectionIndicators({ content, lang, change }: SectionFormPart) {
  const { t } = useTranslation('plan');
  const { text, set } = useSectionFieldText(content, lang);
  // The territory's own vocabulary (settings): units.
  const unitOptions = useTaxonomyOptions('indicator_unit');
  return (
    <Stack gap="xs">
      <Title order={3} fz="sm">
        {t('fields.indicators')}
      </Title>
      {content.indicators.map((ind, i) => {
        const put = (patch: Partial<typeof ind>) =>
          change({ ...content, indicators: content.indicators.map((x) => (x.id === ind.id ? { ...x, ...patch } : x)) });
        const num = (v: string | number) => (v === '' ? null : Number(v));
        return (
          <Card key={ind.id} withBorder padding="xs">
            <Grid gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <TextInput
                  label={`${t('fields.indicatorName')} ${i + 1}`}
                  value={text(ind.name)}
                  onChange={(e) => put({ name: set(ind.name, e.currentTarget.value) })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <NativeSelect
                  label={t('fields.indicatorKind')}
                  value={ind.kind}
                  data={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`indicatorKinds.${k}`) }))}
                  onChange={(e) => put({ kind: e.currentTarget.value as typeof ind.kind })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <Select
                  label={t('fields.unit')}
                  searchable
                  clearable
                  value={ind.unit}
                  data={
                    !ind.unit || unitOptions.some((o) => o.value === ind.unit)
                      ? unitOptions
                      : [{ value: ind.unit, label: ind.unit }, ...unitOptions]
                  }
                  onChange={(v) => put({ unit: v || null })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <NumberInput
                  label={t('fields.baseline')}
                  value={ind.baselineValue ?? ''}
                  onChange={(v) => put({ baselineValue: num(v) })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <NumberInput label={t('fields.target')} value={ind.targetValue ?? ''} onChange={(v) => put({ targetValue: num(v) })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 4 }}>
                <DateField
                  label={t('fields.targetDate')}
                  value={ind.targetDate ?? ''}
                  onChange={(value) => put({ targetDate: value || null })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <RemoveItemButton
                  itemName={`${t('fields.indicatorName')} ${i + 1}`}
                  onClick={() => change({ ...content, indicators: content.indicators.filter((x) => x.id !== ind.id) })}
                />
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
      <AddItemButton
        label={t('editor.addIndicator')}
        onClick={() =>
          change({
            ...content,
            indicators: [
              ...content.indicators,
              {
                id: newId(),
                kind: 'quantitative',
                name: {},
                unit: null,
                baselineValue: null,
                baselineDate: null,
                targetValue: null,
                targetDate: null,
                source: null,
              },
            ],
          })
        }
      />
    </Stack>
  );
}
