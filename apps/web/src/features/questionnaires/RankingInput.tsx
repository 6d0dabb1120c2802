import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RankingInputProps {
  options: { key: string; label: string }[];
  value: string[] | null;
  onChange: (value: string[]) => void;
  disabled?: boolean;
}

/** An ordered list moved with buttons (keyboard and screen-reader friendly, no drag and drop needed). */
export function RankingInput({ options, value, onChange, disabled }: RankingInputProps) {
  const { t } = useTranslation('questionnaires');
  const order = value && value.length === options.length ? value : options.map((o) => o.key);
  const label = (key: string) => options.find((o) => o.key === key)?.label ?? key;
  const move = (i: number, by: number) => {
    const next = [...order];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        {t('answer.ranking')}
      </Text>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}>
        {order.map((key, i) => (
          <li key={key}>
            <Paper withBorder p="xs" bg={value ? 'white' : 'gray.0'}>
              <Group justify="space-between" wrap="nowrap">
                <Text>{t('answer.rankingPosition', { position: i + 1, label: label(key) })}</Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    disabled={disabled || i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={t('answer.moveUp', { label: label(key) })}
                  >
                    <IconArrowUp size={18} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={disabled || i === order.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('answer.moveDown', { label: label(key) })}
                  >
                    <IconArrowDown size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          </li>
        ))}
      </ol>
      {!value && !disabled && (
        <Button variant="light" size="xs" w="fit-content" onClick={() => onChange(order)}>
          {t('answer.rankingKeep')}
        </Button>
      )}
    </Stack>
  );
}
