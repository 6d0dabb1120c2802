import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Plan, PlanSection } from '@polyphony/contracts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useTaxonomyOptions } from '../settings/useTaxonomy';
import type { SavedNotice } from './usePlanPresence';
import { languagesLocked, usePlanSectionAutosave } from './usePlanSectionAutosave';
import { SectionBudget } from './SectionBudget';
import { SectionConflict } from './SectionConflict';
import { SectionIndicators } from './SectionIndicators';
import { SectionLanguages } from './SectionLanguages';
import { SectionPartners } from './SectionPartners';
import { SectionPriorities } from './SectionPriorities';
import { SectionTexts } from './SectionTexts';

/**
 * Structured form for one section with autosave (usePlanSectionAutosave): every change is saved a moment
 * after typing stops, from the revision the editor last saw. If someone saved in between, the server
 * refuses (409) and both texts are shown side by side: nothing is silently overwritten.
 */
export function SectionEditor({
  plan,
  section,
  lang,
  othersHere,
  saved,
}: {
  plan: Plan;
  section: PlanSection;
  lang: Language;
  othersHere: string[];
  saved: SavedNotice | null;
}) {
  const { t } = useTranslation('plan');
  const { content, revision, status, error, theirs, change, adopt, takeTheirs, keepMine } = usePlanSectionAutosave(plan, section, saved);
  const isAction = section.kind === 'action';
  // The territory's own vocabulary (settings): its strategic lines.
  const lineOptions = useTaxonomyOptions('strategic_line');
  const statusText = {
    idle: '',
    dirty: t('editor.unsaved'),
    saving: t('editor.saving'),
    saved: t('editor.saved', { revision }),
    conflict: '',
    error: '',
  }[status];
  const part = { content, lang, change };

  return (
    <Stack gap="md">
      <SectionLanguages
        plan={plan}
        // The text revisions are the server's (the page's copy follows every save); the texts are the form's.
        section={{ id: section.id, revision, content: { ...content, changed: section.content.changed } }}
        disabled={languagesLocked(status)}
        onUpdated={adopt}
      />
      <Group justify="space-between">
        <Text size="sm" c="gray.7">
          {t('editor.autosave')}
        </Text>
        <Text size="sm" c={status === 'saved' ? 'green.9' : 'gray.8'} role="status" aria-live="polite">
          {statusText}
        </Text>
      </Group>
      {othersHere.length > 0 && (
        <Alert color="yellow" variant="light" c="gray.9">
          {t('editor.sameSection', { name: othersHere.join(', ') })}
        </Alert>
      )}
      {status === 'error' && <ErrorAlert error={error} />}
      {section.kind === 'strategic_line' && (
        <Select
          label={t('taxonomy.line', { ns: 'settings' })}
          description={t('taxonomy.lineHelp', { ns: 'settings' })}
          clearable
          value={content.strategicLine ?? null}
          data={lineOptions}
          onChange={(v) => change({ ...content, strategicLine: v })}
        />
      )}
      {status === 'conflict' && (
        <SectionConflict error={error} theirs={theirs} mine={content} lang={lang} onTakeTheirs={takeTheirs} onKeepMine={keepMine} />
      )}
      <SectionTexts {...part} isAction={isAction} />
      {isAction && <SectionPartners {...part} />}
      {section.kind !== 'general_objective' && section.kind !== 'specific_objective' && <SectionPriorities {...part} />}
      {isAction && <SectionBudget {...part} />}
      {isAction && <SectionIndicators {...part} />}
    </Stack>
  );
}
