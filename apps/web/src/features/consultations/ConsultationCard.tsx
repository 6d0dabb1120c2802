import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@polyphony/contracts';
import { ConsultationStatusBadge } from './ConsultationStatusBadge';
import { pickText } from './pickText';

export function ConsultationCard({ consultation }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation('consultations');
  const title = pickText(consultation.title, i18n.resolvedLanguage as never);
  const summary = pickText(consultation.summary, i18n.resolvedLanguage as never);
  return (
    <Card component="article" padding="lg" withBorder>
      <Stack gap="sm" h="100%">
        <Group gap="xs">
          <ConsultationStatusBadge status={consultation.status} />
          {consultation.currentPhase && (
            <Text size="sm" c="gray.7">
              {t('phase.current', { phase: t(`phases.${consultation.currentPhase}`) })}
            </Text>
          )}
        </Group>
        <Anchor component={Link} to={`/consultations/${consultation.slug}`} fw={700} fz="lg" lang={title.lang}>
          {title.text}
        </Anchor>
        <Text c="gray.7" lineClamp={4} lang={summary.lang}>
          {summary.text}
        </Text>
      </Stack>
    </Card>
  );
}
