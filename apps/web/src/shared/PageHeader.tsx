import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from './useDocumentTitle';

/** The page's one h1, its lead paragraph and optional actions; also sets the tab title. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Group justify="space-between" align="flex-end" mb="xl" gap="md">
      <Stack gap={6} maw={720}>
        <Title order={1}>{title}</Title>
        {lead && (
          <Text size="lg" c="dimmed">
            {lead}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
