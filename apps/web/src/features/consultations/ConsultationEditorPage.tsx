import { Anchor, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationStatusBadge } from './ConsultationStatusBadge';
import { StatusActions } from './StatusActions';
import { pickText } from './pickText';
import { useConsultation, useSaveConsultation } from './useConsultations';

function Editor() {
  const { t } = useTranslation('consultations');
  const { slug } = useParams();
  const navigate = useNavigate();
  const existing = useConsultation(slug);
  const save = useSaveConsultation(existing.data);
  const onSaved = (saved: { slug: string }) => {
    notifications.show({ color: 'civic', message: t('editor.saved') });
    if (!existing.data) navigate(`/consultations/${saved.slug}/edit`, { replace: true });
  };

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
        onSubmit={(values) => save.mutate(values, { onSuccess: onSaved })}
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
