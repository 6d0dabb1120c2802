import { Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddItemButton, RemoveItemButton } from './SectionListButtons';
import { PARTNER_KINDS } from '@polyphony/contracts';
import type { SectionFormPart } from './useSectionFieldText';

/** An action's partners: kind and name of each, removable, and one to add. */
export function SectionPartners({ content, change }: Omit<SectionFormPart, 'lang'>) {
  const { t } = useTranslation('plan');
  return (
    <Stack gap="xs">
      <Title order={3} fz="sm">
        {t('fields.partners')}
      </Title>
      {content.partners.map((p, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <NativeSelect
            label={t('fields.partnerKind')}
            value={p.kind}
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKinds.${k}`) }))}
            onChange={(e) =>
              change({
                ...content,
                partners: content.partners.map((x, j) => (j === i ? { ...x, kind: e.currentTarget.value as typeof x.kind } : x)),
              })
            }
          />
          <TextInput
            style={{ flex: 1 }}
            label={t('fields.partnerName')}
            value={p.name}
            onChange={(e) =>
              change({ ...content, partners: content.partners.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)) })
            }
          />
          <RemoveItemButton
            mb={4}
            itemName={p.name}
            onClick={() => change({ ...content, partners: content.partners.filter((_, j) => j !== i) })}
          />
        </Group>
      ))}
      <AddItemButton
        label={t('editor.addPartner')}
        onClick={() => change({ ...content, partners: [...content.partners, { kind: 'organisation', name: '', organisationId: null }] })}
      />
    </Stack>
  );
}
