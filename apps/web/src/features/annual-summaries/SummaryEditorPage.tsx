import { useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Modal, SegmentedControl, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { IconEye, IconPencil, IconRefresh, IconSend, IconTrash } from '@tabler/icons-react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  LANGUAGES,
  SUMMARY_LIMITS,
  SUMMARY_SECTIONS,
  type AnnualSummary,
  type Language,
  type SummaryNarrative,
  type SummarySection,
} from '@polyphony/contracts';
import i18n, { LANGUAGE_NAMES, currentLanguage, useLanguageLoaded } from '../../app/i18n';
import { ApiError, fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageLoader } from '../../shared/PageLoader';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { SummaryView } from './SummaryView';
import { useSummary, useSummaryActions } from './useSummaries';
import { dateTimeFormat } from '../../app/territory-time';

const written = (narrative: SummaryNarrative, lang: Language) => SUMMARY_SECTIONS.filter((s) => narrative[s]?.[lang]?.trim()).length;

/** The draft exactly as the public will read it, in the chosen language (labels included). */
function Preview({ summary, lang }: { summary: AnnualSummary; lang: Language }) {
  const loaded = useLanguageLoaded(lang);
  const instance = useMemo(() => i18n.cloneInstance({ lng: lang, initAsync: false }), [lang]);
  if (!loaded) return <PageLoader />;
  return (
    <I18nextProvider i18n={instance}>
      <div lang={lang}>
        <SummaryView summary={summary} lang={lang} />
      </div>
    </I18nextProvider>
  );
}

/** Officials write the narrative of a draft in each language, preview it, refresh its figures and publish it. */
export function SummaryEditorPage() {
  const { t } = useTranslation('summaries');
  const { plan = '', year = '' } = useParams();
  const navigate = useNavigate();
  const summary = useSummary(plan, Number(year), 'draft');
  const { generate, save, publish, discard } = useSummaryActions();
  const [narrative, setNarrative] = useState<SummaryNarrative>({});
  const [reason, setReason] = useState('');
  const [dirty, setDirty] = useState(false);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [previewLang, setPreviewLang] = useState<Language>(currentLanguage());
  const [publishing, setPublishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const s = summary.data;
  useDocumentTitle(t('editor.title', { year }));
  useEffect(() => {
    if (!s) return;
    setNarrative(s.narrative);
    setReason(s.correctionReason ?? '');
    setDirty(false);
    // Only when another draft is loaded: a refresh of the figures keeps what is being written.
  }, [s?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  if (summary.isPending) return <PageLoader />;
  if (summary.error instanceof ApiError && summary.error.status === 404)
    return (
      <Stack gap="md">
        <Title order={1}>{t('editor.title', { year })}</Title>
        <Text>{t('editor.noDraft')}</Text>
        <Anchor component={Link} to="/summaries">
          {t('view.back')}
        </Anchor>
      </Stack>
    );
  if (summary.isError || !s) return <ErrorAlert error={summary.error} />;

  const edit = (section: SummarySection, lang: Language, text: string) => {
    setNarrative((n) => ({ ...n, [section]: { ...n[section], [lang]: text } }));
    setDirty(true);
  };
  /** Saves if anything changed; resolves to the revision to build on. */
  const persist = async () => {
    if (!dirty) return s.revision;
    const saved = await save.mutateAsync({ id: s.id, body: { narrative, correctionReason: reason.trim() || null, revision: s.revision } });
    setDirty(false);
    return saved.revision;
  };
  const showPreview = () =>
    persist().then(
      () => setMode('preview'),
      () => undefined,
    );
  const doPublish = async () => {
    const revision = await persist();
    const published = await publish.mutateAsync({
      id: s.id,
      body: { revision, ...(s.version > 1 ? { correctionReason: reason.trim() } : {}) },
    });
    navigate(`/summaries/${published.plan.slug}/${published.year}`);
  };
  const errors = { ...fieldErrors(save.error), ...fieldErrors(publish.error) };
  const date = (iso: string) => dateTimeFormat(currentLanguage(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/summaries" size="sm">
        {t('view.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('editor.title', { year: s.year })}</Title>
          <Text c="gray.7">
            {s.version > 1
              ? t('editor.correctionOf', { version: s.version, previous: s.version - 1 })
              : t('view.draft', { version: s.version })}{' '}
            · {t('generatedOn', { date: date(s.generatedAt) })}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={generate.isPending}
            onClick={() => generate.mutate({ plan: s.plan.slug, year: s.year })}
          >
            {t('editor.refresh')}
          </Button>
          <Button
            variant="subtle"
            color="red.9"
            c="red.9"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDiscarding(true)}
          >
            {t('editor.discard')}
          </Button>
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setPublishing(true)}>
            {t('editor.publish')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="gray.7">
        {t('editor.refreshHelp')}
      </Text>
      <ErrorAlert error={generate.error ?? save.error ?? discard.error} />

      <SegmentedControl
        value={mode}
        onChange={(v) => (v === 'preview' ? void showPreview() : setMode('write'))}
        aria-label={t('editor.mode')}
        w="fit-content"
        data={[
          {
            value: 'write',
            label: (
              <Group gap={6} wrap="nowrap">
                <IconPencil size={16} aria-hidden />
                {t('editor.write')}
              </Group>
            ),
          },
          {
            value: 'preview',
            label: (
              <Group gap={6} wrap="nowrap">
                <IconEye size={16} aria-hidden />
                {t('editor.preview')}
              </Group>
            ),
          },
        ]}
      />

      {mode === 'write' ? (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Text size="sm">{t('editor.help')}</Text>
            <Tabs defaultValue={currentLanguage()} keepMounted={false}>
              <Tabs.List aria-label={t('editor.languages')}>
                {LANGUAGES.map((l) => (
                  <Tabs.Tab key={l} value={l}>
                    {t('editor.languageTab', { language: LANGUAGE_NAMES[l], done: written(narrative, l), total: SUMMARY_SECTIONS.length })}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {LANGUAGES.map((l) => (
                <Tabs.Panel key={l} value={l} pt="md">
                  <Stack gap="md">
                    {SUMMARY_SECTIONS.map((section) => (
                      <Textarea
                        key={section}
                        label={`${t(`sections.${section}`)} (${LANGUAGE_NAMES[l]})`}
                        description={t(`editor.hints.${section}`)}
                        lang={l}
                        autosize
                        minRows={3}
                        maxRows={14}
                        maxLength={SUMMARY_LIMITS.narrative}
                        value={narrative[section]?.[l] ?? ''}
                        onChange={(e) => edit(section, l, e.currentTarget.value)}
                        error={errors[`narrative.${section}`] ?? errors[`narrative.${section}.${l}`]}
                      />
                    ))}
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            {s.version > 1 && (
              <Textarea
                label={t('correction.reason')}
                description={t('editor.correctionHelp', { previous: s.version - 1 })}
                required
                autosize
                minRows={2}
                maxLength={SUMMARY_LIMITS.reason}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setDirty(true);
                }}
                error={errors.correctionReason}
              />
            )}
            <Group justify="space-between">
              <Text size="sm" c="gray.7" aria-live="polite">
                {dirty ? t('editor.unsaved') : t('editor.saved')}
              </Text>
              <Button onClick={() => void persist()} loading={save.isPending} disabled={!dirty}>
                {t('editor.save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : (
        <Stack gap="md">
          <Group gap="sm">
            <Text size="sm" fw={600} id="preview-language">
              {t('editor.previewLanguage')}
            </Text>
            <SegmentedControl
              value={previewLang}
              onChange={(v) => setPreviewLang(v as Language)}
              aria-labelledby="preview-language"
              data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            />
          </Group>
          <Alert color="gray" variant="light">
            {t('editor.previewHelp')}
          </Alert>
          <Card withBorder padding="xl" radius="md">
            <Preview summary={s} lang={previewLang} />
          </Card>
        </Stack>
      )}

      <Modal opened={publishing} onClose={() => setPublishing(false)} title={t('editor.publishTitle', { year: s.year })}>
        <Stack gap="sm">
          <ErrorAlert error={publish.error ?? save.error} />
          <Text>{t('editor.publishText')}</Text>
          {LANGUAGES.filter((l) => !written(narrative, l)).length > 0 && (
            <Text size="sm" c="gray.7">
              {t('editor.missingLanguages', {
                languages: LANGUAGES.filter((l) => !written(narrative, l))
                  .map((l) => LANGUAGE_NAMES[l])
                  .join(', '),
              })}
            </Text>
          )}
          {errors['narrative.introduction'] && (
            <Text size="sm" c="red.8" role="alert">
              {t('sections.introduction')}: {errors['narrative.introduction']}
            </Text>
          )}
          {s.version > 1 && (
            <Textarea
              label={t('correction.reason')}
              required
              autosize
              minRows={2}
              maxLength={SUMMARY_LIMITS.reason}
              value={reason}
              error={errors.correctionReason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setDirty(true);
              }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPublishing(false)}>
              {t('editor.cancel')}
            </Button>
            <Button onClick={() => void doPublish().catch(() => undefined)} loading={publish.isPending || save.isPending}>
              {t('editor.publishConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={discarding} onClose={() => setDiscarding(false)} title={t('editor.discardTitle')}>
        <Stack gap="sm">
          <Text>{t('editor.discardText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDiscarding(false)}>
              {t('editor.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={discard.isPending}
              onClick={() => discard.mutate(s.id, { onSuccess: () => void navigate('/summaries') })}
            >
              {t('editor.discardConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
