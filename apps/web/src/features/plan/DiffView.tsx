import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDiff } from '@polyphony/contracts';
import { StatusBadge } from '../../shared/StatusBadge';
import './plan.css';

const COLOURS = { added: 'green', removed: 'red', changed: 'blue', moved: 'gray' } as const;

/** A readable per-section diff: each changed field (and language), insertions underlined in green, deletions struck in red. */
export function DiffView({ diff }: { diff: PlanDiff }) {
  const { t } = useTranslation('plan');
  if (!diff.sections.length) return <Text c="dimmed">{t('versions.noChanges')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7">
        {t('versions.unchanged', { count: diff.unchanged })}
      </Text>
      {diff.sections.map((s) => (
        <Card key={s.sectionId} withBorder padding="sm" component="article" aria-labelledby={`d-${s.sectionId}`}>
          <Group gap="xs" mb="xs">
            <StatusBadge color={COLOURS[s.change]}>{t(`versions.change.${s.change}`)}</StatusBadge>
            <Title order={3} fz="md" id={`d-${s.sectionId}`}>
              {s.code ? `${s.code} · ` : ''}
              {s.title || t(`kinds.${s.kind}`)}
            </Title>
          </Group>
          <Stack gap="xs">
            {s.fields.map((f) => (
              <div key={`${f.field}-${f.language ?? ''}`}>
                <Text size="xs" fw={600} c="gray.7" tt="uppercase">
                  {t(`versions.field.${f.field}`)}
                  {f.language ? ` · ${f.language}` : ''}
                </Text>
                <div className="plan-diff">
                  {f.ops.map((o, i) =>
                    o.op === 'insert' ? (
                      <ins key={i} aria-label={t('versions.inserted')}>
                        {o.text}
                      </ins>
                    ) : o.op === 'delete' ? (
                      <del key={i} aria-label={t('versions.deleted')}>
                        {o.text}
                      </del>
                    ) : (
                      <span key={i}>{o.text}</span>
                    ),
                  )}
                </div>
              </div>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
