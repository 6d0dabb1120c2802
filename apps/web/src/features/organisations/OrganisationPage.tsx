import { Anchor, Button, Card, Grid, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconMapPin, IconPencil } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api-client';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useCountryName } from '../../shared/useCountryName';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { MembersPanel } from './MembersPanel';
import { MembershipPanel } from './MembershipPanel';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationFatesPanel } from './OrganisationFatesPanel';
import { useOrganisation, useOrganisationActions } from './useOrganisation';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const query = useOrganisation(slug);
  const actions = useOrganisationActions(query.data, slug);
  const countryName = useCountryName();
  const [editing, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  useDocumentTitle(query.data?.name ?? t('organisations.title'));

  if (query.isPending) return <PageLoader />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <ErrorAlert error={query.error} />;

  const org = query.data;
  const isAdmin = org.myMembership?.status === 'active' && org.myMembership.role === 'admin';
  const place = [org.city, countryName(org.country)].filter(Boolean).join(', ');

  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/organisations" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('organisations.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap="xs" maw={760}>
          <CategoryBadge category={org.category} />
          <Title order={1}>{org.name}</Title>
          <Group gap="lg" c="gray.7">
            <Group gap={4}>
              <IconMapPin size={18} aria-hidden />
              <Text>{place}</Text>
            </Group>
            {org.website && (
              <Anchor href={org.website} target="_blank" rel="noopener noreferrer">
                <Group gap={4} component="span">
                  {t('organisations.website')}
                  <IconExternalLink size={16} aria-label={t('common.newWindow')} />
                </Group>
              </Anchor>
            )}
          </Group>
        </Stack>
        {isAdmin && (
          <Button variant="outline" leftSection={<IconPencil size={18} aria-hidden />} onClick={open}>
            {t('organisations.edit.open')}
          </Button>
        )}
      </Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <Card component="section" aria-labelledby="about-title">
              <Title order={2} fz="lg" id="about-title" mb="sm">
                {t('organisations.about')}
              </Title>
              {org.description ? (
                <MachineTranslated text={org.description} from={org.descriptionLanguage}>
                  {(shown) => (
                    <Text style={{ whiteSpace: 'pre-wrap' }} lang={shown.lang}>
                      {shown.text}
                    </Text>
                  )}
                </MachineTranslated>
              ) : (
                <Text c="dimmed">{t('organisations.noDescription')}</Text>
              )}
            </Card>
            <MembersPanel organisationId={org.id} isAdmin={isAdmin} actions={actions} />
            <OrganisationFatesPanel organisation={org} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <MembershipPanel organisation={org} actions={actions} />
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={close}
        title={
          <Text fw={700} fz="lg" component="span">
            {t('organisations.edit.title')}
          </Text>
        }
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <OrganisationForm
          key={org.id + String(editing)}
          initial={org}
          submitLabel={t('organisations.edit.submit')}
          pending={actions.update.isPending}
          error={actions.update.error}
          onCancel={close}
          onSubmit={(body) =>
            actions.update.mutate(body, {
              onSuccess: (updated) => {
                close();
                if (updated.slug !== slug) navigate(`/organisations/${updated.slug}`, { replace: true });
              },
            })
          }
        />
      </Modal>
    </Stack>
  );
}
