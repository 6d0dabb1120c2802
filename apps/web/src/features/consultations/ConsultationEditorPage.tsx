import { Anchor, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { ConsultationForm, type ConsultationFormValues } from './ConsultationForm';
import { ConsultationStatusBadge } from './ConsultationStatusBadge';
import { StatusActions } from './StatusActions';
import { pickText } from './pickText';
import { consultationKey, useConsultation, useConsultationActions } from './useConsultations';
import { useQueryClient } from '@tanstack/react-query';

function Editor() {
  const { t } = useTranslation('consultations');
  const { slug } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useConsultation(slug);
  const { setFacilitators } = useConsultationActions();
  const save = useMutation({
    mutationFn: async ({ body, facilitatorIds }: ConsultationFormValues) => {
      const saved = existing.data
        ? await api<Consultation>(`/api/consultations/${existing.data.id}`, { method: 'PATCH', body })
        : await api<Consultation>('/api/consultations', { method: 'POST', body });
      const same =
        [...facilitatorIds].sort().join() ===
        saved.facilitators
          .map((f) => f.id)
          .sort()
          .join();
      return same ? saved : setFacilitators.mutateAsync({ id: saved.id, userIds: facilitatorIds });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(consultationKey(saved.slug), saved);
      void queryClient.invalidateQueries({ queryKey: ['consultations'] });
      notifications.show({ color: 'civic', message: t('editor.saved') });
      if (!existing.data) navigate(`/consultations/${saved.slug}/edit`, { replace: true });
    },
  });

  if (slug && existing.isPending) return <PageLoader />;
  if (slug && existing.isError) return <ErrorAlert error={existing.error} />;
  const c = existing.data;
  return (
    <Stack gap="lg">
      {c && (
        <Anchor component={Link} to={`/consultations/${c.slug}`} size="sm">
          {t('editor.view')}
        </Anchor>
      )}
      <PageHeader
        title={c ? t('editor.editTitle', { title: pickText(c.title).text }) : t('editor.newTitle')}
        lead={c ? undefined : t('editor.newLead')}
        actions={
          c && (
            <Group gap="md">
              <ConsultationStatusBadge status={c.status} />
              <StatusActions consultation={c} />
            </Group>
          )
        }
      />
      <ConsultationForm
        key={c?.id ?? 'new'}
        initial={c}
        submitLabel={c ? t('editor.save') : t('editor.create')}
        pending={save.isPending}
        error={save.error}
        onSubmit={(values) => save.mutate(values)}
      />
    </Stack>
  );
}

export function ConsultationEditorPage() {
  return (
    <RequireAuth>
      <Editor />
    </RequireAuth>
  );
}
