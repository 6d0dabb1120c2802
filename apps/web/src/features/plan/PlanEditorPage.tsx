import { useState } from 'react';
import {
  Accordion,
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Menu,
  NativeSelect,
  NavLink,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language, PlanSection, SectionContentInput } from '@polyphony/contracts';
import { ApiError } from '../../app/api-client';
import { LANGUAGE_NAMES, currentLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../shared/ConfirmModal';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { pickText } from '../consultations/pickText';
import { NotFoundPage } from '../errors/NotFoundPage';
import { PlanHeaderForm } from './PlanHeaderForm';
import { SectionEditor } from './SectionEditor';
import { usePlan, usePlanActions } from './usePlan';
import { usePlanPresence } from './usePlanPresence';

const empty = (title: string, lang: Language): SectionContentInput => ({ title: { [lang]: title } });

/** Officials edit the working draft: sections on the left, the chosen section's form on the right, colleagues' presence on top. */
export function PlanEditorPage() {
  const { t } = useTranslation('plan');
  const { slug = '' } = useParams();
  const plan = usePlan(slug, 'draft');
  const me = useMe();
  const actions = usePlanActions(slug, plan.data?.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [lang, setLang] = useState<Language>(currentLanguage());
  const [removing, setRemoving] = useState(false);
  const { editors, saved } = usePlanPresence(plan.data?.id, selected);
  const title = pickText(plan.data?.title);
  useDocumentTitle(t('editor.title', { title: title.text }));

  if (plan.isPending) return <PageLoader />;
  if (plan.error instanceof ApiError && plan.error.status === 404) return <NotFoundPage />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const section = p.sections.find((s) => s.id === selected) ?? null;
  const others = editors.filter((e) => e.userId !== me.data?.id);
  const lineOf = section?.kind === 'action' ? section.parentId : section?.kind === 'strategic_line' ? section.id : null;
  const add = (kind: PlanSection['kind'], parentId: string | null = null) =>
    actions.addSection.mutate({ kind, parentId, content: empty(t(`kinds.${kind}`), lang) }, { onSuccess: (s) => setSelected(s.id) });
  const label = (s: PlanSection) => `${s.code ? `${s.code} · ` : ''}${pickText(s.content.title).text || t(`kinds.${s.kind}`)}`;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/plans/${p.slug}?version=draft`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('editor.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={1} lang={title.lang}>
          {t('editor.title', { title: title.text })}
        </Title>
        <NativeSelect
          label={t('fields.contentLanguage')}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as Language)}
          data={p.languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
      </Group>
      {others.length > 0 && (
        <Group gap="xs" role="status" aria-live="polite">
          <Text size="sm">{t('editor.othersEditing')}</Text>
          {others.map((e) => {
            const where = p.sections.find((s) => s.id === e.sectionId);
            return (
              <Tooltip key={e.userId} label={where ? label(where) : t('editor.sections')}>
                <Badge
                  variant="light"
                  leftSection={
                    <Avatar size={16} radius="xl" color="blue" aria-hidden>
                      {e.displayName.slice(0, 1)}
                    </Avatar>
                  }
                  tt="none"
                  c="blue.9"
                >
                  {e.displayName}
                  {where ? ` · ${where.code || t(`kinds.${where.kind}`)}` : ''}
                </Badge>
              </Tooltip>
            );
          })}
        </Group>
      )}
      <Accordion variant="contained">
        <Accordion.Item value="header">
          <Accordion.Control>{t('editor.header')}</Accordion.Control>
          <Accordion.Panel>
            <PlanHeaderForm key={`${p.revision}-${lang}`} plan={p} lang={lang} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <ErrorAlert error={actions.addSection.error ?? actions.removeSection.error} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card component="nav" aria-labelledby="sections-title" withBorder padding="xs">
            <Group justify="space-between" mb="xs">
              <Title order={2} fz="sm" id="sections-title">
                {t('editor.sections')}
              </Title>
              <Menu>
                <Menu.Target>
                  <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />}>
                    {t('editor.add')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => add('specific_objective')}>{t('editor.addObjective')}</Menu.Item>
                  <Menu.Item onClick={() => add('strategic_line')}>{t('editor.addLine')}</Menu.Item>
                  <Menu.Item disabled={!lineOf} onClick={() => lineOf && add('action', lineOf)}>
                    {t('editor.addAction')}
                  </Menu.Item>
                  <Menu.Item onClick={() => add('text')}>{t('editor.addText')}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
            {p.sections.map((s) => {
              const here = others.filter((e) => e.sectionId === s.id);
              return (
                <NavLink
                  key={s.id}
                  component="button"
                  active={s.id === selected}
                  onClick={() => setSelected(s.id)}
                  label={label(s)}
                  pl={s.kind === 'action' ? 'xl' : 'xs'}
                  rightSection={
                    here.length ? (
                      <Badge size="xs" color="gray" c="gray.9" variant="outline" tt="none">
                        {here.map((e) => e.displayName.split(' ')[0]).join(', ')}
                      </Badge>
                    ) : undefined
                  }
                />
              );
            })}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {section ? (
            <Card withBorder padding="md" component="section" aria-labelledby="editing-title">
              <Group justify="space-between" mb="sm">
                <Title order={2} fz="h4" id="editing-title">
                  {label(section)}
                </Title>
                <Button
                  size="xs"
                  color="red"
                  variant="subtle"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => setRemoving(true)}
                >
                  {t('editor.remove')}
                </Button>
              </Group>
              <ConfirmModal
                opened={removing}
                onClose={() => setRemoving(false)}
                title={t('editor.remove')}
                confirmLabel={t('editor.remove')}
                loading={actions.removeSection.isPending}
                error={actions.removeSection.error}
                onConfirm={() =>
                  actions.removeSection.mutate(
                    { id: section.id, revision: section.revision },
                    {
                      onSuccess: () => {
                        setRemoving(false);
                        setSelected(null);
                      },
                    },
                  )
                }
              >
                {t('editor.removeConfirm')}
              </ConfirmModal>
              <SectionEditor
                key={section.id}
                plan={p}
                section={section}
                lang={lang}
                saved={saved}
                othersHere={others.filter((e) => e.sectionId === section.id).map((e) => e.displayName)}
              />
            </Card>
          ) : (
            <Text c="dimmed">{t('editor.selectSection')}</Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
