import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@polyphony/contracts';
import { useCalendarDate } from '../../shared/useCalendarDate';

/** The phases in order with their dates; the current one is highlighted and announced. */
export function PhaseTimeline({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  const format = useCalendarDate();
  const phases = consultation.phases;
  const active = phases.findIndex((p) => p.kind === consultation.currentPhase);
  const today = new Date().toISOString().slice(0, 10);
  const reached = active >= 0 ? active : phases.filter((p) => p.endsOn < today).length - 1;
  if (!phases.length) return <Text c="gray.7">{t('page.noPhases')}</Text>;
  return (
    <Timeline active={reached} bulletSize={18} lineWidth={3} color="civic">
      {phases.map((p) => {
        const current = p.kind === consultation.currentPhase;
        return (
          <Timeline.Item
            key={p.kind}
            aria-current={current ? 'step' : undefined}
            title={
              <Group gap="xs">
                <Text fw={current ? 700 : 600}>{t(`phases.${p.kind}`)}</Text>
                {current && (
                  <Badge color="civic" variant="filled">
                    {t('page.now')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm" c="gray.7">
              {t('page.dates', { from: format(p.startsOn), to: format(p.endsOn) })}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
