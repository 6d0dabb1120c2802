import { ActionIcon, Button, Group, type MantineSpacing } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The red bin that removes one line of a section's list, named after the line it removes. */
export function RemoveItemButton({
  itemName,
  onClick,
  mt,
  mb,
}: {
  itemName: string;
  onClick: () => void;
  mt?: number;
  mb?: MantineSpacing;
}) {
  const { t } = useTranslation('plan');
  return (
    <ActionIcon mt={mt} mb={mb} variant="subtle" color="red" aria-label={`${t('editor.removeItem')} — ${itemName}`} onClick={onClick}>
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  );
}

/** The button under a section's list that adds a line to it. */
export function AddItemButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}
