import type { ReactNode } from 'react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from './useDocumentTitle';

/** A narrow centred card for single-purpose forms (sign in, register). */
export function FormCard({ title, lead, children, footer }: { title: string; lead?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Card maw={560} mx="auto" padding="xl" shadow="sm">
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} fz={28}>
            {title}
          </Title>
          {lead && <Text c="dimmed">{lead}</Text>}
        </Stack>
        {children}
        {footer}
      </Stack>
    </Card>
  );
}
