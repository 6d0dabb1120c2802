import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  INTERVIEW_FORMATS,
  INTERVIEW_KINDS,
  INTERVIEW_STATUSES,
  type Interview,
  type InterviewFormat,
  type InterviewKind,
  type InterviewStatus,
} from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { pickText } from '../consultations/pickText';
import { LocalizedField } from '../../shared/localized';
import { useConsultation } from '../consultations/useConsultations';
import { useFacilitatorOptions } from '../consultations/useFacilitatorOptions';
import { InviteesEditor, type InviteeRow } from './InviteesEditor';
import { KeyPointsPanel } from './KeyPointsPanel';
import { useGuide, useInterview, useInterviewActions } from './useInterviews';
import { DateField } from '../../shared/DateField';

const localInput = (iso?: string) => {
  const d = iso ? new Date(iso) : new Date(Date.now() + 7 * 86400000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};

function toRows(interview?: Interview): InviteeRow[] {
  return (interview?.invitees ?? []).map((i) => ({
    key: i.id,
    id: i.id,
    kind: i.kind,
    attended: i.attended,
    role: i.role,
    ...(i.kind === 'organisation' && i.organisationId ? { organisationId: i.organisationId, label: i.name } : {}),
    ...(i.kind === 'organisation' && !i.organisationId ? { name: i.name, category: i.category, country: i.country } : {}),
    ...(i.kind === 'person' ? { name: i.name } : {}),
  }));
}

function Form({ consultationId, interview }: { consultationId: string; languages: string[]; interview?: Interview }) {
  const { t } = useTranslation('interviews');
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const actions = useInterviewActions(consultationId);
  const guide = useGuide(consultationId);
  const [search, setSearch] = useState('');
  const people = useFacilitatorOptions(search);
  const [v, setV] = useState({
    title: interview?.title ?? '',
    kind: interview?.kind ?? ('interview' as InterviewKind),
    format: interview?.format ?? ('in_person' as InterviewFormat),
    status: interview?.status ?? ('planned' as InterviewStatus),
    scheduledAt: localInput(interview?.scheduledAt),
    durationMinutes: interview?.durationMinutes ?? 60,
    location: interview?.location ?? '',
    consentAt: interview?.consentAt ?? '',
    interviewerIds: interview?.interviewers.map((i) => i.id) ?? [],
    notes: interview?.notes ?? ({} as Record<string, string>),
  });
  const [invitees, setInvitees] = useState<InviteeRow[]>(toRows(interview));
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => setV((prev) => ({ ...prev, [key]: value }));
  const mutation = interview ? actions.update : actions.create;
  const errors = fieldErrors(mutation.error);
  const interviewerOptions = [
    ...(interview?.interviewers ?? []).map((i) => ({ value: i.id, label: i.displayName })),
    ...(people.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      title: v.title,
      kind: v.kind,
      format: v.format,
      status: v.status,
      scheduledAt: new Date(v.scheduledAt).toISOString(),
      durationMinutes: v.durationMinutes || null,
      location: v.location.trim() || null,
      consentAt: v.consentAt || null,
      interviewerIds: v.interviewerIds,
      notes: Object.fromEntries(Object.entries(v.notes).filter(([, n]) => n.trim())),
      invitees: invitees.map(({ key: _key, label: _label, ...row }) => row),
    };
    if (interview)
      actions.update.mutate({ id: interview.id, body }, { onSuccess: () => notifications.show({ color: 'civic', message: t('saved') }) });
    else
      actions.create.mutate(body, {
        onSuccess: (created) => {
          notifications.show({ color: 'civic', message: t('saved') });
          navigate(`/consultations/${slug}/interviews/${created.id}`, { replace: true });
        },
      });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={mutation.error} />
        <Card padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.title')}
              value={v.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errors.title}
            />
            <DateField
              withTime
              label={t('fields.scheduledAt')}
              required
              value={v.scheduledAt}
              onChange={(value) => set('scheduledAt', value)}
              error={errors.scheduledAt}
            />
            <NativeSelect
              label={t('fields.kind')}
              value={v.kind}
              onChange={(e) => set('kind', e.currentTarget.value as InterviewKind)}
              data={INTERVIEW_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
            <NativeSelect
              label={t('fields.format')}
              value={v.format}
              onChange={(e) => set('format', e.currentTarget.value as InterviewFormat)}
              data={INTERVIEW_FORMATS.map((k) => ({ value: k, label: t(`format.${k}`) }))}
            />
            <NativeSelect
              label={t('fields.status')}
              value={v.status}
              onChange={(e) => set('status', e.currentTarget.value as InterviewStatus)}
              error={errors.status}
              data={INTERVIEW_STATUSES.map((k) => ({ value: k, label: t(`status.${k}`) }))}
            />
            <NumberInput
              label={t('fields.duration')}
              min={5}
              max={600}
              value={v.durationMinutes ?? ''}
              onChange={(n) => set('durationMinutes', typeof n === 'number' ? n : 60)}
            />
            <TextInput label={t('fields.location')} value={v.location} onChange={(e) => set('location', e.currentTarget.value)} />
            <DateField
              label={t('fields.consentAt')}
              description={t('fields.consentHelp')}
              value={v.consentAt}
              onChange={(value) => set('consentAt', value)}
              error={errors.consentAt}
            />
          </SimpleGrid>
          <MultiSelect
            mt="md"
            label={t('fields.interviewers')}
            data={interviewerOptions}
            value={v.interviewerIds}
            onChange={(ids) => set('interviewerIds', ids)}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            error={errors.interviewerIds}
            nothingFoundMessage={t('nobody')}
          />
        </Card>
        <Card padding="lg" component="section" aria-labelledby="invitees-title">
          <Title order={2} fz="lg" id="invitees-title" mb="sm">
            {t('fields.invitees')}
          </Title>
          {errors.invitees && (
            <Text c="red.8" size="sm" role="alert">
              {errors.invitees}
            </Text>
          )}
          <InviteesEditor value={invitees} onChange={setInvitees} errors={errors} />
        </Card>
        <Card padding="lg" component="section" aria-labelledby="notes-title">
          <Title order={2} fz="lg" id="notes-title" mb="sm">
            {t('notes.title')}
          </Title>
          {guide.data?.questions.length ? (
            guide.data.questions.map((q) => {
              const text = pickText(q.text);
              return (
                <Textarea
                  key={q.id}
                  mb="sm"
                  label={<span lang={text.lang}>{text.text}</span>}
                  autosize
                  minRows={2}
                  value={v.notes[q.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setV((prev) => ({ ...prev, notes: { ...prev.notes, [q.id]: value } }));
                  }}
                />
              );
            })
          ) : (
            <Text c="gray.7">
              {t('notes.noGuide')}{' '}
              <Anchor component={Link} to={`/consultations/${slug}/interview-guide`}>
                {t('guide.open')}
              </Anchor>
            </Text>
          )}
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {interview ? t('save') : t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Editor() {
  const { t } = useTranslation('interviews');
  const { slug = '', interviewId } = useParams();
  const consultation = useConsultation(slug);
  const interview = useInterview(interviewId);
  if (consultation.isPending || (interviewId && interview.isPending)) return <PageLoader />;
  if (consultation.isError) return <ErrorAlert error={consultation.error} />;
  if (interview.isError) return <ErrorAlert error={interview.error} />;
  const data = interview.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultations/${slug}/interviews`} size="sm">
        {t('backToList')}
      </Anchor>
      <PageHeader title={data ? data.title || t('untitled') : t('new')} lead={<LocalizedField text={consultation.data.title} />} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: data ? 7 : 12 }}>
          <Form
            key={data?.updatedAt ?? 'new'}
            consultationId={consultation.data.id}
            languages={consultation.data.languages}
            interview={data}
          />
        </Grid.Col>
        {data && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <KeyPointsPanel interview={data} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}

/** Schedule or record an interview or meeting: invitees, attendance, consent, notes per guide question, key points. */
export function InterviewEditorPage() {
  return (
    <RequireAuth>
      <Editor />
    </RequireAuth>
  );
}
