import { ColorSwatch, Group, Text } from '@mantine/core';

/** A legend under a donut: each slice's colour, name and figure, as a list (read in order by screen readers). */
export function ChartLegend({ items }: { items: { name: string; value: string | number; color: string }[] }) {
  return (
    <Group component="ul" gap="xs" mt="sm" p={0} style={{ listStyle: 'none' }} data-testid="chart-legend">
      {items.map((item) => (
        <Group component="li" key={item.name} gap={6} wrap="nowrap">
          <ColorSwatch color={`var(--mantine-color-${item.color.replace('.', '-')})`} size={12} withShadow={false} aria-hidden />
          <Text size="sm">
            {item.name} ({item.value})
          </Text>
        </Group>
      ))}
    </Group>
  );
}
