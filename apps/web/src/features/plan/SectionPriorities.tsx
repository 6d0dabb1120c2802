import { useMemo } from 'react';
import { Checkbox, Group, MultiSelect, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddItemButton, RemoveItemButton } from './SectionListButtons';
import { PRIORITY_INTENSITIES, SDGS, type SectionContent } from '@polyphony/contracts';
import { useTaxonomyOptions } from '../settings/useTaxonomy';
import type { SectionFormPart } from './useSectionFieldText';

/** Where and towards what a section works: geographic priorities (territory, region, intensity), SDG targets, agendas. */
export function SectionPriorities({ content, lang, change }: SectionFormPart) {
  const { t } = useTranslation('plan');
  // The territory's own vocabulary (settings): regions and agendas.
  const regionOptions = useTaxonomyOptions('region');
  const agendaOptions = useTaxonomyOptions('agenda');
  const sdgOptions = useMemo(
    () =>
      SDGS.map((g) => ({
        group: `${g.goal}. ${g.title[lang]}`,
        items: g.targets.map((x) => ({ value: x.code, label: `${x.code} ${x.text}` })),
      })),
    [lang],
  );
  return (
    <Stack gap="xs">
      <Title order={3} fz="sm">
        {t('fields.geographicPriorities')}
      </Title>
      {content.geographicPriorities.map((g, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('fields.territory')}
            value={g.territory}
            onChange={(e) =>
              change({
                ...content,
                geographicPriorities: content.geographicPriorities.map((x, j) =>
                  j === i ? { ...x, territory: e.currentTarget.value } : x,
                ),
              })
            }
          />
          <NativeSelect
            label={t('fields.region')}
            value={g.region}
            data={
              regionOptions.some((o) => o.value === g.region) ? regionOptions : [{ value: g.region, label: g.region }, ...regionOptions]
            }
            onChange={(e) =>
              change({
                ...content,
                geographicPriorities: content.geographicPriorities.map((x, j) =>
                  j === i ? { ...x, region: e.currentTarget.value as typeof x.region } : x,
                ),
              })
            }
          />
          <NativeSelect
            label={t('fields.intensity')}
            value={g.intensity}
            data={PRIORITY_INTENSITIES.map((r) => ({ value: r, label: t(`intensities.${r}`) }))}
            onChange={(e) =>
              change({
                ...content,
                geographicPriorities: content.geographicPriorities.map((x, j) =>
                  j === i ? { ...x, intensity: e.currentTarget.value as typeof x.intensity } : x,
                ),
              })
            }
          />
          <RemoveItemButton
            mb={4}
            itemName={g.territory}
            onClick={() => change({ ...content, geographicPriorities: content.geographicPriorities.filter((_, j) => j !== i) })}
          />
        </Group>
      ))}
      <AddItemButton
        label={t('editor.addPriority')}
        onClick={() =>
          change({
            ...content,
            geographicPriorities: [
              ...content.geographicPriorities,
              { territory: '', region: regionOptions[0]?.value ?? '', intensity: 'priority' },
            ],
          })
        }
      />
      <MultiSelect
        label={t('fields.sdgTargets')}
        data={sdgOptions}
        value={content.sdgTargets}
        searchable
        clearable
        maxDropdownHeight={280}
        onChange={(v) => change({ ...content, sdgTargets: v })}
      />
      <Checkbox.Group
        label={t('fields.agendas')}
        value={content.agendas}
        onChange={(v) => change({ ...content, agendas: v as SectionContent['agendas'] })}
      >
        <Group mt={4}>
          {agendaOptions.map((a) => (
            <Checkbox key={a.value} value={a.value} label={a.label} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
