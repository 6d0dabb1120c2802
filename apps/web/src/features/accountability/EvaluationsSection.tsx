import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { evaluationDueYear, EVALUATION_KINDS, type Monitoring } from '@polyphony/contracts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EvaluationCard } from './EvaluationCard';
import { linkNames } from './linkNames';

/**
 * The plan's evaluations on the monitoring page: the ones it promises (intermediate, final) and
 * whether they are out, then each published evaluation in full. Officials get to the editor from here.
 */
export function EvaluationsSection({ monitoring: m }: { monitoring: Monitoring }) {
  const { t } = useTranslation('accountability');
  const names = linkNames(m);
  const published = new Set(m.evaluations.map((e) => e.kind));
  return (
    <section aria-labelledby="evaluations">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} id="evaluations">
          {t('evaluations.title')}
        </Title>
        {m.can.edit && (
          <Button component={Link} to={`/monitoring/evaluations?plan=${m.plan.slug}`} variant="light">
            {t('evaluations.manage')}
          </Button>
        )}
      </Group>
      <Text size="sm" mb="xs">
        {t('evaluations.lead')}
      </Text>
      <List spacing={4} mb="md" listStyleType="none" pl={0}>
        {EVALUATION_KINDS.map((kind) => {
          const done = published.has(kind);
          const Icon = done ? IconCircleCheck : IconClockHour4;
          return (
            <List.Item
              key={kind}
              icon={<Icon size={18} aria-hidden color={done ? 'var(--mantine-color-teal-9)' : 'var(--mantine-color-gray-7)'} />}
            >
              <Text size="sm" component="span">
                {t(`evaluations.promise.${kind}`, { year: evaluationDueYear(kind, m.plan.periodStart, m.plan.periodEnd) })} —{' '}
                {done ? t('evaluations.promise.published') : t('evaluations.promise.notYet')}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <Stack gap="md">
        {m.evaluations.map((e) => (
          <EvaluationCard key={e.id} evaluation={e} names={names} />
        ))}
      </Stack>
    </section>
  );
}
