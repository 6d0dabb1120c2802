import { useEffect, useRef, type ReactNode } from 'react';
import { ActionIcon, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

interface RowsEditorProps<T> {
  legend: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  /** A new, empty row. */
  create: () => T;
  addLabel: string;
  /** The accessible name of a row's remove button ("Remove sub-action 2"). */
  removeLabel: (index: number) => string;
  /** The row's fields; `set` merges a change into it. */
  children: (row: T, set: (patch: Partial<T>) => void, index: number) => ReactNode;
  emptyText?: string;
  /** Shown under the legend (a server error on the whole list, a hint). */
  description?: ReactNode;
}

/**
 * A short editable list (sub-actions, milestones, budget lines, agreements, findings...) as a
 * fieldset: one card per row with its remove button, an add button; a new row gets the focus, and
 * after a removal the focus goes to the add button (never lost to the page).
 */
export function RowsEditor<T>({
  legend,
  rows,
  onChange,
  create,
  addLabel,
  removeLabel,
  children,
  emptyText,
  description,
}: RowsEditorProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const last = list.current?.querySelector<HTMLElement>(
      '[data-row]:last-of-type input, [data-row]:last-of-type textarea, [data-row]:last-of-type select',
    );
    last?.focus();
  }, [rows.length]);
  return (
    <Stack component="fieldset" gap="xs" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={700} mb={4}>
        {legend}
      </Text>
      {description}
      <Stack gap="xs" ref={list}>
        {rows.length === 0 && emptyText && (
          <Text size="sm" c="gray.7">
            {emptyText}
          </Text>
        )}
        {rows.map((row, i) => (
          <Card key={i} data-row withBorder padding="sm">
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
                {children(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))), i)}
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                c="red.9"
                mt={24}
                aria-label={removeLabel(i)}
                onClick={() => {
                  onChange(rows.filter((_, j) => j !== i));
                  add.current?.focus();
                }}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Card>
        ))}
      </Stack>
      <Group>
        <Button
          ref={add}
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => {
            added.current = true;
            onChange([...rows, create()]);
          }}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
