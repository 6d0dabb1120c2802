import { Card } from '@mantine/core';
import { useNavigate } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/PageHeader';
import { RequireAuth } from '../auth/RequireAuth';
import { OrganisationForm } from './OrganisationForm';
import { useCreateOrganisation } from './useOrganisations';

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  return (
    <>
      <PageHeader title={t('organisations.new.title')} lead={t('organisations.new.lead')} />
      <Card maw={760} padding="xl">
        <OrganisationForm
          submitLabel={t('organisations.new.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: (organisation) => {
                notifications.show({ color: 'civic', message: t('organisations.new.created', { name: organisation.name }) });
                navigate(`/organisations/${organisation.slug}`);
              },
            })
          }
          onCancel={() => navigate('/organisations')}
        />
      </Card>
    </>
  );
}

export function NewOrganisationPage() {
  return (
    <RequireAuth>
      <NewOrganisation />
    </RequireAuth>
  );
}
