import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/** A neutral badge with a coloured dot: readable text whatever the colour. */
export function StatusBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge variant="dot" color={color} c="gray.9" tt="none" fw={600} radius="sm">
      {children}
    </Badge>
  );
}
