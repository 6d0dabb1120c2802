import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@polyphony/contracts';
import { ConsultationStatusBadge } from './ConsultationStatusBadge';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';

export function ConsultationCard({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  const localize = useLocalize();
  const title = localize(consultation.title);
  const summary = localize(consultation.summary);
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
        <div>
          <Anchor component={Link} to={`/consultations/${consultation.slug}`} fw={700} fz="lg" lang={title.lang}>
            {title.text}
          </Anchor>
          <LocalizedMark value={title} />
        </div>
        <Text c="gray.7" component="div">
          <LocalizedText value={summary} className="summary-teaser" />
        </Text>
      </Stack>
    </Card>
  );
}
