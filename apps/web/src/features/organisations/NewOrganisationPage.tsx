import { Card } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CreateOrganisationRequest, Organisation } from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { PageHeader } from '../../shared/PageHeader';
import { RequireAuth } from '../auth/RequireAuth';
import { OrganisationForm } from './OrganisationForm';
import { organisationKey } from './useOrganisation';

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: CreateOrganisationRequest) => api<Organisation>('/api/organisations', { method: 'POST', body }),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKey(organisation.slug), organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'organisations'] });
      notifications.show({ color: 'civic', message: t('organisations.new.created', { name: organisation.name }) });
      navigate(`/organisations/${organisation.slug}`);
    },
  });
  return (
    <>
      <PageHeader title={t('organisations.new.title')} lead={t('organisations.new.lead')} />
      <Card maw={760} padding="xl">
        <OrganisationForm
          submitLabel={t('organisations.new.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(body) => create.mutate(body)}
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
