import { isStaff } from '@polyphony/contracts';
import { useState } from 'react';
import { Anchor, Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { PageLoader } from '../../shared/PageLoader';
import { useMe } from '../auth/useMe';
import { pickText } from '../consultations/pickText';
import { useConsultationChoices } from '../consultations/useConsultations';
import { PlanStatusBadge } from './PlanStatusBadge';
import { usePlanActions, usePlans } from './usePlan';

/** The plans: public ones for everyone, drafts too for officials, who can start a new one. */
export function PlansPage() {
  const { t } = useTranslation('plan');
  const plans = usePlans();
  const me = useMe();
  const staff = isStaff(me.data);
  return (
    <>
      <PageHeader title={t('title')} lead={t('intro')} />
      <Stack gap="xl">
        {plans.isPending ? <PageLoader /> : <ErrorAlert error={plans.error} />}
        {plans.data?.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {plans.data?.map((p) => {
            const title = pickText(p.title);
            return (
              <Card key={p.id} component="article" withBorder padding="lg">
                <Stack gap="xs">
                  <Group gap="xs">
                    <PlanStatusBadge status={p.status} />
                    <Text size="sm" c="gray.7">
                      {t('list.period', { start: p.periodStart, end: p.periodEnd })}
                    </Text>
                  </Group>
                  <Title order={2} fz="h3" lang={title.lang}>
                    <Anchor component={Link} to={`/plans/${p.slug}`}>
                      {title.text}
                    </Anchor>
                  </Title>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
        {staff && <CreatePlanForm />}
      </Stack>
    </>
  );
}

function CreatePlanForm() {
  const { t } = useTranslation('plan');
  const navigate = useNavigate();
  const actions = usePlanActions('', undefined);
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [consultationId, setConsultationId] = useState('');
  const [start, setStart] = useState<number | string>(new Date().getFullYear());
  const [end, setEnd] = useState<number | string>(new Date().getFullYear() + 4);
  const consultations = useConsultationChoices();
  const errors = fieldErrors(actions.create.error);
  const submit = () =>
    actions.create.mutate(
      {
        slug,
        title: { [currentLanguage()]: title },
        periodStart: Number(start),
        periodEnd: Number(end),
        languages: [currentLanguage()],
        consultationId: consultationId || null,
      },
      { onSuccess: (plan) => void navigate(`/plans/${plan.slug}/edit`) },
    );
  return (
    <Card component="section" aria-labelledby="create-plan" withBorder padding="lg" maw={640}>
      <Title order={2} fz="lg" id="create-plan" mb="sm">
        {t('create.title')}
      </Title>
      <Stack gap="sm">
        <ErrorAlert error={actions.create.error} />
        <TextInput
          label={t('fields.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors['title']}
        />
        <TextInput
          label={t('fields.slug')}
          description={t('create.slugHelp')}
          required
          value={slug}
          onChange={(e) => setSlug(e.currentTarget.value)}
          error={errors.slug}
        />
        <Group grow>
          <NumberInput label={t('fields.periodStart')} value={start} onChange={setStart} min={2000} max={2100} error={errors.periodStart} />
          <NumberInput label={t('fields.periodEnd')} value={end} onChange={setEnd} min={2000} max={2100} error={errors.periodEnd} />
        </Group>
        <NativeSelect
          label={t('fields.consultation')}
          value={consultationId}
          onChange={(e) => setConsultationId(e.currentTarget.value)}
          error={errors.consultationId}
          data={[
            { value: '', label: t('fields.none') },
            ...(consultations.data?.items ?? []).map((c) => ({ value: c.id, label: pickText(c.title).text })),
          ]}
        />
        <Group justify="flex-end">
          <Button onClick={submit} loading={actions.create.isPending} disabled={!title.trim() || !slug.trim()}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
