import { Group, Text } from '@mantine/core';

/** "label 12 · label 3": a breakdown as text, largest first (readable by everyone, no colour needed). */
export function BreakdownList({
  title,
  values,
  name,
  limit = 5,
}: {
  title: string;
  values: Record<string, number>;
  name: (key: string) => string;
  limit?: number;
}) {
  const entries = Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = entries.slice(0, limit);
  const rest = entries.slice(limit).reduce((s, [, n]) => s + n, 0);
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text size="xs" fw={600} c="gray.8">
        {title}
      </Text>
      <Text size="xs" c="gray.8">
        {shown.map(([k, n]) => `${name(k)} ${n}`).join(' · ')}
        {rest > 0 ? ` · +${rest}` : ''}
      </Text>
    </Group>
  );
}
