import { Button, Card, Group, MultiSelect, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGENDAS, SDGS, STRATEGIC_LINES, WORLD_REGIONS, type Proposal } from '@polyphony/contracts';
import { api, fieldErrors } from '../../app/api-client';
import { PageHeader } from '../../shared/PageHeader';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { sdgTitle } from './SdgBadges';
import { useProposal, useProposalAction } from './useProposals';

interface Values {
  title: string;
  body: string;
  expectedResults: string;
  strategicLine: string | null;
  theme: string;
  regions: string[];
  partners: string[];
  sdgs: string[];
  sdgTargets: string[];
  agendas: string[];
}

const empty: Values = {
  title: '',
  body: '',
  expectedResults: '',
  strategicLine: null,
  theme: '',
  regions: [],
  partners: [],
  sdgs: [],
  sdgTargets: [],
  agendas: [],
};

const fromProposal = (p: Proposal): Values => ({
  title: p.title,
  body: p.body,
  expectedResults: p.expectedResults,
  strategicLine: p.strategicLine,
  theme: p.theme ?? '',
  regions: p.regions,
  partners: p.partners,
  sdgs: p.sdgs.map(String),
  sdgTargets: p.sdgTargets,
  agendas: p.agendas,
});

/** New proposal (/proposals/new) or edit of a draft (/proposals/:id/edit). */
export function ProposalFormPage() {
  return (
    <RequireAuth>
      <ProposalForm />
    </RequireAuth>
  );
}

function ProposalForm() {
  const { id } = useParams();
  const existing = useProposal(id ?? '');
  if (id && existing.isPending) return <PageLoader />;
  if (id && existing.isError) return <ErrorAlert error={existing.error} />;
  return <Form key={existing.data?.version ?? 'new'} proposal={id ? existing.data : undefined} />;
}

function Form({ proposal }: { proposal?: Proposal }) {
  const { t, i18n } = useTranslation('proposals');
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(proposal ? fromProposal(proposal) : empty);
  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((prev) => ({ ...prev, [k]: v }));
  const save = useProposalAction(proposal?.id ?? 'new', async () => {
    const body = { ...values, theme: values.theme.trim() || null, sdgs: values.sdgs.map(Number) };
    return proposal
      ? api<Proposal>(`/api/proposals/${proposal.id}`, { method: 'PATCH', body: { ...body, baseVersion: proposal.version } })
      : api<Proposal>('/api/proposals', { method: 'POST', body });
  });
  const errors = fieldErrors(save.error);
  const lang = i18n.resolvedLanguage ?? 'fr';
  const chosenGoals = new Set(values.sdgs);
  const targetOptions = SDGS.filter((g) => chosenGoals.has(String(g.goal))).map((g) => ({
    group: sdgTitle(g.goal, lang),
    items: g.targets.map((x) => ({ value: x.code, label: `${x.code} — ${x.text}` })),
  }));

  return (
    <>
      <PageHeader title={proposal ? t('form.editTitle') : t('form.newTitle')} lead={t('form.newLead')} />
      <Card padding="lg" maw={860}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(undefined, { onSuccess: (p) => void navigate(`/proposals/${(p as Proposal).id}`) });
          }}
        >
          <Stack gap="md">
            <ErrorAlert error={save.error} />
            <TextInput
              label={t('form.title')}
              required
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errors.title}
              maxLength={200}
            />
            <Textarea
              label={t('form.body')}
              description={t('form.bodyHelp')}
              required
              autosize
              minRows={6}
              value={values.body}
              onChange={(e) => set('body', e.currentTarget.value)}
              error={errors.body}
            />
            <Textarea
              label={t('form.expectedResults')}
              autosize
              minRows={3}
              value={values.expectedResults}
              onChange={(e) => set('expectedResults', e.currentTarget.value)}
              error={errors.expectedResults}
            />
            <Group grow align="flex-start">
              <Select
                label={t('form.strategicLine')}
                clearable
                value={values.strategicLine}
                onChange={(v) => set('strategicLine', v)}
                data={STRATEGIC_LINES.map((l) => ({ value: l, label: t(`lines.${l}`) }))}
              />
              <TextInput
                label={t('form.theme')}
                value={values.theme}
                onChange={(e) => set('theme', e.currentTarget.value)}
                maxLength={120}
              />
            </Group>
            <MultiSelect
              label={t('form.regions')}
              value={values.regions}
              onChange={(v) => set('regions', v)}
              data={WORLD_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))}
            />
            <TagsInput
              label={t('form.partners')}
              description={t('form.partnersHelp')}
              value={values.partners}
              onChange={(v) => set('partners', v)}
              maxTags={12}
            />
            <MultiSelect
              label={t('form.sdgs')}
              searchable
              value={values.sdgs}
              onChange={(v) => set('sdgs', v)}
              data={SDGS.map((g) => ({ value: String(g.goal), label: sdgTitle(g.goal, lang) }))}
            />
            {targetOptions.length > 0 && (
              <MultiSelect
                label={t('form.sdgTargets')}
                searchable
                value={values.sdgTargets}
                onChange={(v) => set('sdgTargets', v)}
                data={targetOptions}
                error={errors['sdgTargets.0']}
              />
            )}
            <MultiSelect
              label={t('form.agendas')}
              value={values.agendas}
              onChange={(v) => set('agendas', v)}
              data={AGENDAS.map((a) => ({ value: a, label: t(`agendas.${a}`) }))}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate(proposal ? `/proposals/${proposal.id}` : '/proposals')}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {proposal ? t('form.save') : t('form.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
