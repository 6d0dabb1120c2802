import { Anchor, Button, Card, Grid, Group, Stack, Text, Title, Typography } from '@mantine/core';
import {
  IconBulb,
  IconChartBar,
  IconMessages,
  IconMessageCircle,
  IconPencil,
  IconScale,
  IconSparkles,
  IconThumbUp,
} from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ConsultationStatusBadge } from './ConsultationStatusBadge';
import { PhaseTimeline } from './PhaseTimeline';
import { QuestionnaireSlot } from './QuestionnaireSlot';
import { QuotaList } from './QuotaList';
import { LocalizedMark, LocalizedText, useLocalize } from '../../shared/localized';
import { useConsultation } from './useConsultations';

/** The public page of a consultation: texts, phases, quotas, facilitators and the call to take part. */
export function ConsultationPage() {
  const { t } = useTranslation('consultations');
  const { slug = '' } = useParams();
  const query = useConsultation(slug);
  const localize = useLocalize();
  const title = localize(query.data?.title);
  useDocumentTitle(title.text || t('list.title'));
  if (query.isPending) return <PageLoader />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const c = query.data;
  const summary = localize(c.summary);
  const body = localize(c.body, { format: 'markdown', html: c.bodyHtml });

  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/consultations" size="sm">
        {t('page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap="xs" maw={760}>
          <ConsultationStatusBadge status={c.status} />
          <Title order={1} lang={title.lang}>
            {title.text}
          </Title>
          <LocalizedMark value={title} />
          <Text size="lg" c="gray.7" component="div">
            <LocalizedText value={summary} />
          </Text>
        </Stack>
        <Group gap="sm">
          {c.can.edit && (
            <Button
              variant="outline"
              component={Link}
              to={`/consultations/${c.slug}/edit`}
              leftSection={<IconPencil size={18} aria-hidden />}
            >
              {t('page.edit')}
            </Button>
          )}
          {c.can.facilitate && (
            <Button
              variant="outline"
              component={Link}
              to={`/consultations/${c.slug}/interviews`}
              leftSection={<IconMessages size={18} aria-hidden />}
            >
              {t('page.interviews')}
            </Button>
          )}
          {c.can.facilitate && (
            <Button
              variant="outline"
              component={Link}
              to={`/consultations/${c.slug}/dashboard`}
              leftSection={<IconChartBar size={18} aria-hidden />}
            >
              {t('page.dashboard')}
            </Button>
          )}
          {c.can.facilitate && (
            <Button
              variant="outline"
              component={Link}
              to={`/consultations/${c.slug}/synthesis`}
              leftSection={<IconSparkles size={18} aria-hidden />}
            >
              {t('page.synthesis')}
            </Button>
          )}
        </Group>
      </Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <QuestionnaireSlot consultation={c} />
            {body.state !== 'empty' && (
              <Card component="section" padding="lg" aria-label={t('page.about')}>
                {/* bodyHtml is rendered from Markdown and sanitised by the server. */}
                <Typography>
                  <LocalizedText value={body} html />
                </Typography>
              </Card>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {c.status !== 'draft' && (
              <Card component="section" aria-labelledby="take-part-title" padding="lg">
                <Title order={2} fz="lg" id="take-part-title" mb="xs">
                  {t('page.takePart')}
                </Title>
                <Stack gap={6}>
                  <Anchor
                    component={Link}
                    to={`/consultations/${c.slug}/statements`}
                    display="inline-flex"
                    style={{ gap: 6, alignItems: 'center' }}
                  >
                    <IconThumbUp size={16} aria-hidden />
                    {t('page.statements')}
                  </Anchor>
                  <Anchor
                    component={Link}
                    to={`/proposals?consultationId=${c.id}`}
                    display="inline-flex"
                    style={{ gap: 6, alignItems: 'center' }}
                  >
                    <IconBulb size={16} aria-hidden />
                    {t('page.proposals')}
                  </Anchor>
                  <Anchor component={Link} to="/rooms" display="inline-flex" style={{ gap: 6, alignItems: 'center' }}>
                    <IconMessageCircle size={16} aria-hidden />
                    {t('page.rooms')}
                  </Anchor>
                </Stack>
              </Card>
            )}
            <Card component="section" aria-labelledby="phases-title" padding="lg">
              <Title order={2} fz="lg" id="phases-title" mb="md">
                {t('page.phases')}
              </Title>
              <PhaseTimeline consultation={c} />
            </Card>
            <Card component="section" aria-labelledby="quotas-title" padding="lg">
              <Title order={2} fz="lg" id="quotas-title" mb="xs">
                {t('page.quotas')}
              </Title>
              <Text size="sm" c="gray.7" mb="sm">
                {t('page.quotasHelp')}
              </Text>
              <QuotaList quotas={c.quotas} />
              <Anchor
                component={Link}
                to={`/consultations/${c.slug}/balance`}
                mt="md"
                display="inline-flex"
                style={{ gap: 4, alignItems: 'center' }}
              >
                <IconScale size={16} aria-hidden />
                {t('page.balance')}
              </Anchor>
            </Card>
            <Card component="section" aria-labelledby="facilitators-title" padding="lg">
              <Title order={2} fz="lg" id="facilitators-title" mb="xs">
                {t('page.facilitators')}
              </Title>
              {c.facilitators.length ? (
                <Stack gap={4} component="ul" style={{ paddingInlineStart: 18, margin: 0 }}>
                  {c.facilitators.map((f) => (
                    <li key={f.id}>{f.displayName}</li>
                  ))}
                </Stack>
              ) : (
                <Text c="gray.7">{t('page.noFacilitators')}</Text>
              )}
              {c.planReference && (
                <Text size="sm" c="gray.7" mt="md">
                  {t('page.plan', { plan: c.planReference })}
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
