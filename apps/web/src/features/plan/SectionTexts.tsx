import { Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddItemButton, RemoveItemButton } from './SectionListButtons';
import type { PlanParagraph } from '@polyphony/contracts';
import { newId } from './usePlan';
import { useSectionFieldText, type SectionFormPart } from './useSectionFieldText';

/** The section's texts in the language edited: title and paragraphs; for an action, expected results and lead department. */
export function SectionTexts({ content, lang, change, isAction }: SectionFormPart & { isAction: boolean }) {
  const { t } = useTranslation('plan');
  const { text, set, reviewHint } = useSectionFieldText(content, lang);
  return (
    <>
      <TextInput
        label={t('fields.title')}
        value={text(content.title)}
        description={reviewHint('title')}
        onChange={(e) => change({ ...content, title: set(content.title, e.currentTarget.value) })}
      />
      <ParagraphList
        content={content}
        lang={lang}
        change={change}
        list="paragraphs"
        label={t('fields.paragraphs')}
        addLabel={t('editor.addParagraph')}
      />
      <Text size="xs" c="gray.7">
        {t('editor.markdownHelp')}
      </Text>
      {isAction && (
        <ParagraphList
          content={content}
          lang={lang}
          change={change}
          list="expectedResults"
          label={t('fields.expectedResults')}
          addLabel={t('editor.addResult')}
        />
      )}
      {isAction && (
        <TextInput
          label={t('fields.leadDepartment')}
          value={text(content.leadDepartment ?? {})}
          description={reviewHint('leadDepartment')}
          onChange={(e) => {
            // Per language, like every text of the section; no language left: no department.
            const next = set(content.leadDepartment ?? {}, e.currentTarget.value);
            change({ ...content, leadDepartment: Object.values(next).some((v) => v?.trim()) ? next : null });
          }}
        />
      )}
    </>
  );
}

/** A list of paragraphs (the section's text, or an action's expected results): one box each, removable, and one to add. */
function ParagraphList({
  content,
  lang,
  change,
  list,
  label,
  addLabel,
}: SectionFormPart & { list: 'paragraphs' | 'expectedResults'; label: string; addLabel: string }) {
  const { t } = useTranslation('plan');
  const { text, set, reviewHint } = useSectionFieldText(content, lang);
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {label}
      </Text>
      {content[list].map((p: PlanParagraph, i) => (
        <Group key={p.id} align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            label={t('fields.paragraph', { n: i + 1 })}
            autosize
            minRows={2}
            value={text(p.text)}
            description={reviewHint(`${list}.${p.id}`)}
            placeholder={Object.values(p.text).find(Boolean) ? t('editor.missingTranslation') : undefined}
            onChange={(e) =>
              change({
                ...content,
                [list]: content[list].map((x) => (x.id === p.id ? { ...x, text: set(x.text, e.currentTarget.value) } : x)),
              })
            }
          />
          <RemoveItemButton
            mt={28}
            itemName={t('fields.paragraph', { n: i + 1 })}
            onClick={() => change({ ...content, [list]: content[list].filter((x) => x.id !== p.id) })}
          />
        </Group>
      ))}
      <AddItemButton label={addLabel} onClick={() => change({ ...content, [list]: [...content[list], { id: newId(), text: {} }] })} />
    </Stack>
  );
}
