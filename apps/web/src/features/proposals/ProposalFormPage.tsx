import { Button, Card, Group, MultiSelect, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SDGS, createProposalRequestSchema, type CreateProposalRequest, type Proposal } from '@polyphony/contracts';
import { PageHeader } from '../../shared/PageHeader';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { RequireAuth } from '../auth/RequireAuth';
import { focusFirstInvalid, useSchemaForm } from '../../shared/useSchemaForm';
import { sdgTitle } from './SdgBadges';
import { useProposal, useSaveProposal } from './useProposals';
import { useTaxonomyOptions } from '../settings/useTaxonomy';
import { usePartnerships } from '../accountability/useMonitoring';

// A type (not an interface) so that it fits the form's Record<string, unknown>.
type Values = {
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
};

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
  // Checked on the client by the API's own schema (the edit's fields follow the same rules).
  const { form, showServerErrors, generalError } = useSchemaForm(
    createProposalRequestSchema,
    proposal ? fromProposal(proposal) : empty,
    (v): CreateProposalRequest => ({ ...v, theme: v.theme.trim() || null, sdgs: v.sdgs.map(Number) }),
  );
  const values = form.values;
  const errors = form.errors as Record<string, string | undefined>;
  const set = <K extends keyof Values>(k: K, v: Values[K]) => form.setFieldValue(k, v as never);
  const save = useSaveProposal(proposal);
  const lang = i18n.resolvedLanguage ?? 'fr';
  // The territory's own strategic lines, regions and agendas (settings), and its partner territories.
  const lineOptions = useTaxonomyOptions('strategic_line');
  const regionOptions = useTaxonomyOptions('region');
  const agendaOptions = useTaxonomyOptions('agenda');
  const partnerNames = [...new Set((usePartnerships().data?.partners ?? []).map((p) => p.name))];
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
          noValidate
          onSubmit={form.onSubmit(
            (body) => save.mutate(body, { onSuccess: (p) => void navigate(`/proposals/${(p as Proposal).id}`), onError: showServerErrors }),
            focusFirstInvalid,
          )}
        >
          <Stack gap="md">
            <ErrorAlert error={generalError(save.error)} />
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
                data={lineOptions}
              />
              <TextInput
                label={t('form.theme')}
                value={values.theme}
                onChange={(e) => set('theme', e.currentTarget.value)}
                error={errors.theme}
                maxLength={120}
              />
            </Group>
            <MultiSelect label={t('form.regions')} value={values.regions} onChange={(v) => set('regions', v)} data={regionOptions} />
            <TagsInput
              label={t('form.partners')}
              description={t('form.partnersHelp')}
              value={values.partners}
              onChange={(v) => set('partners', v)}
              // The territory's partners are offered first; a new one is typed freely.
              data={partnerNames}
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
            <MultiSelect label={t('form.agendas')} value={values.agendas} onChange={(v) => set('agendas', v)} data={agendaOptions} />
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
