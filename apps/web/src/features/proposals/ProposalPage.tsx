import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title, Typography } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabel } from '../settings/useTaxonomy';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { ConfirmModal } from '../../shared/ConfirmModal';
import { PageLoader } from '../../shared/PageLoader';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { useMe } from '../auth/useMe';
import { ReportButton } from '../moderation/ReportButton';
import { ModerateButtons } from '../moderation/ModerateButtons';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { SdgBadges } from './SdgBadges';
import { CoauthorsPanel } from './CoauthorsPanel';
import { SupportPanel } from './SupportPanel';
import { AnswerPanel } from './AnswerPanel';
import { VersionsPanel } from './VersionsPanel';
import { CommentsPanel } from './CommentsPanel';
import { useProposal, useSubmitProposal } from './useProposals';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';

export function ProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposals');
  const label = useTaxonomyLabel();
  const me = useMe();
  const query = useProposal(id);
  const p = query.data;
  useDocumentTitle(p?.title);
  const submit = useSubmitProposal(id);
  const [confirming, setConfirming] = useState(false);
  if (query.isPending) return <PageLoader />;
  if (!p) return <ErrorAlert error={query.error} />;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <ProposalStatusBadge status={p.status} />
          {p.strategicLine && (
            <Badge variant="outline" tt="none" c="gray.9">
              {label('strategic_line', p.strategicLine)}
            </Badge>
          )}
          {p.theme && (
            <Badge variant="outline" tt="none" c="gray.9">
              {p.theme}
            </Badge>
          )}
        </Group>
        <MachineTranslated text={p.title} from={p.language}>
          {(shown) => (
            <Title order={1} lang={shown.lang}>
              {shown.text}
            </Title>
          )}
        </MachineTranslated>
        <Group gap="xs">
          <Text>{t('card.by', { name: p.author.displayName })}</Text>
          <CategoryBadge category={p.author.category} />
          {p.organisations.length > 0 && <Text c="dimmed">{t('card.with', { names: p.organisations.map((o) => o.name).join(', ') })}</Text>}
        </Group>
      </Stack>
      {p.status === 'draft' && (
        <Alert color="gray" variant="light">
          {t('page.draftNotice')}
        </Alert>
      )}
      {p.hidden && (
        <Alert color="orange" variant="light">
          {t('page.hiddenNotice')}
        </Alert>
      )}
      <ErrorAlert error={submit.error} />
      {p.can.edit && (
        <Group>
          <Button component={Link} to={`/proposals/${p.id}/edit`} variant="light">
            {t('page.edit')}
          </Button>
          <Button onClick={() => setConfirming(true)} loading={submit.isPending}>
            {t('page.submit')}
          </Button>
          <ConfirmModal
            opened={confirming}
            onClose={() => setConfirming(false)}
            onConfirm={() => submit.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            title={t('page.submit')}
            confirmLabel={t('page.submit')}
            loading={submit.isPending}
            error={submit.error}
          >
            {t('page.submitConfirm')}
          </ConfirmModal>
        </Group>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card padding="lg">
              <Title order={2} size="h3" mb="sm">
                {t('page.proposal')}
              </Title>
              <MachineTranslated text={p.body} from={p.language} format="markdown" html={p.bodyHtml}>
                {(shown) => (
                  <Typography lang={shown.lang}>
                    <div dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />
                  </Typography>
                )}
              </MachineTranslated>
              {p.expectedResults && (
                <>
                  <Title order={2} size="h3" mt="md" mb="sm">
                    {t('page.expectedResults')}
                  </Title>
                  <MachineTranslated text={p.expectedResults} from={p.language} format="markdown" html={p.expectedResultsHtml}>
                    {(shown) => (
                      <Typography lang={shown.lang}>
                        <div dangerouslySetInnerHTML={{ __html: shown.html ?? '' }} />
                      </Typography>
                    )}
                  </MachineTranslated>
                </>
              )}
              <Group justify="flex-end" mt="md" gap="xs">
                {me.data && p.status !== 'draft' && <ReportButton targetType="proposal" targetId={p.id} reported={p.viewer.reported} />}
                {p.can.moderate && (
                  <ModerateButtons targetType="proposal" targetId={p.id} hidden={p.hidden} onDone={() => query.refetch()} />
                )}
              </Group>
            </Card>
            <AnswerPanel proposal={p} />
            {p.status !== 'draft' && <CommentsPanel proposal={p} />}
            <VersionsPanel proposal={p} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {p.status !== 'draft' && <SupportPanel proposal={p} />}
            <Card padding="lg">
              <Title order={2} size="h4" mb="sm">
                {t('page.alignment')}
              </Title>
              <Stack gap="sm">
                {p.sdgs.length > 0 ? <SdgBadges sdgs={p.sdgs} targets={p.sdgTargets} /> : <Text c="dimmed">{t('form.none')}</Text>}
                {p.sdgTargets.length > 0 && <Text size="sm">{p.sdgTargets.join(' · ')}</Text>}
                {p.agendas.length > 0 && (
                  <Group gap={6}>
                    {p.agendas.map((a) => (
                      <Badge key={a} variant="light" tt="none" c="gray.9">
                        {label('agenda', a)}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
              {(p.regions.length > 0 || p.partners.length > 0) && (
                <>
                  <Title order={3} size="h5" mt="md" mb="xs">
                    {t('page.scope')}
                  </Title>
                  <Text size="sm">{[...p.regions.map((r) => label('region', r)), ...p.partners].join(' · ')}</Text>
                </>
              )}
            </Card>
            <CoauthorsPanel proposal={p} />
            {p.mergedInto && (
              <Anchor component={Link} to={`/proposals/${p.mergedInto.id}`}>
                {t('page.mergedInto', { title: p.mergedInto.title })}
              </Anchor>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
