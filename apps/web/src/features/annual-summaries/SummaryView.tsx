import { Alert, Anchor, Button, Group, List, Menu, Stack, Text, Title, Typography } from '@mantine/core';
import { IconDownload, IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LANGUAGES, ROUTES, type AnnualSummary, type Language, type SummarySection } from '@polyphony/contracts';
import { routeUrl } from '../../app/api-client';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { KeyFigures } from './KeyFigures';
import { SummaryCharts } from './SummaryCharts';
import { dateTimeFormat } from '../../app/territory-time';
import { LocalizedText, useLocalize } from '../../shared/localized';

/** One narrative section in the reader's language: written, or machine translated and marked (never another language silently). */
function Narrative({ summary, section, lang }: { summary: AnnualSummary; section: SummarySection; lang: Language }) {
  const { t } = useTranslation('summaries');
  const localize = useLocalize(lang);
  const shown = localize(summary.narrative[section], { format: 'markdown', html: summary.narrativeHtml[section] });
  if (shown.state === 'empty') return null;
  return (
    <Stack component="section" aria-labelledby={`narrative-${section}`} gap="xs" maw={760} data-narrative={section}>
      <Title order={2} id={`narrative-${section}`}>
        {t(`sections.${section}`)}
      </Title>
      {/* Rendered from Markdown and sanitised by the server (or by the translation service). */}
      <Typography fz="lg">
        <LocalizedText value={shown} html />
      </Typography>
    </Stack>
  );
}

/** The summary as the public reads it (also the officials' preview): heading, key figures, narrative, charts, versions, PDF. */
export function SummaryView({ summary, lang }: { summary: AnnualSummary; lang: Language }) {
  const { t } = useTranslation('summaries');
  const localize = useLocalize(lang);
  const f = summary.figures;
  const territory = f.territory ? localize(f.territory.name) : null;
  const planTitle = localize(f.plan.title);
  const date = (iso: string) => dateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const base = `/summaries/${summary.plan.slug}/${summary.year}`;
  const pdf = (l: Language) =>
    routeUrl(ROUTES.annualSummaries.pdf, {
      params: { plan: summary.plan.slug, year: summary.year },
      query: { lang: l, version: summary.status === 'draft' ? 'draft' : summary.version },
    });
  const others = summary.versions.filter((v) => v.version !== summary.version && v.status === 'published');
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Text tt="uppercase" fw={700} fz="sm" c="civic.8" style={{ letterSpacing: '0.06em' }}>
          {territory && <LocalizedText component="span" value={territory} />}
        </Text>
        <Title order={1}>{t('heading', { year: summary.year })}</Title>
        <Text size="lg" c="gray.8">
          <LocalizedText component="span" value={planTitle} /> · {t('pdf.period', { start: f.plan.periodStart, end: f.plan.periodEnd })}
        </Text>
        <Text size="sm" c="gray.7">
          {summary.status === 'draft'
            ? t('view.draft', { version: summary.version })
            : t('view.published', { version: summary.version, date: date(summary.publishedAt!) })}
          {' · '}
          {t('generatedOn', { date: date(f.generatedAt) })}
        </Text>
        <Group gap="sm" mt="xs">
          <Menu>
            <Menu.Target>
              <Button variant="outline" leftSection={<IconDownload size={16} aria-hidden />}>
                {t('view.download')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('view.downloadLanguage')}</Menu.Label>
              {LANGUAGES.map((l) => (
                <Menu.Item
                  key={l}
                  component="a"
                  href={pdf(l)}
                  download={`${summary.plan.slug}-${summary.year}-${summary.status === 'draft' ? 'draft' : `v${summary.version}`}-${l}.pdf`}
                  lang={l}
                >
                  {LANGUAGE_NAMES[l]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>

      {summary.supersededBy && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconHistory aria-hidden />}
          title={t('supersededBy', { version: summary.supersededBy })}
          styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
        >
          <Anchor component={Link} to={base}>
            {t('view.readCurrent')}
          </Anchor>
        </Alert>
      )}
      {summary.correctionReason && (
        <Alert
          color="civic"
          variant="light"
          title={t('view.correction', { version: summary.version })}
          styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
        >
          {summary.correctionReason}
        </Alert>
      )}

      <Narrative summary={summary} section="introduction" lang={lang} />
      <section aria-labelledby="summary-key-figures">
        <Title order={2} id="summary-key-figures" mb="sm">
          {t('keyFigures.title')}
        </Title>
        <KeyFigures figures={f} lang={lang} />
      </section>
      <Narrative summary={summary} section="highlights" lang={lang} />
      <SummaryCharts figures={f} lang={lang} />
      <Narrative summary={summary} section="challenges" lang={lang} />
      <Narrative summary={summary} section="outlook" lang={lang} />

      {others.length > 0 && (
        <section aria-labelledby="summary-versions">
          <Title order={2} id="summary-versions" fz="h4" mb="xs">
            {t('view.versions')}
          </Title>
          <List spacing={4}>
            {summary.versions
              .filter((v) => v.status === 'published')
              .map((v) => (
                <List.Item key={v.id}>
                  {v.version === summary.version ? (
                    <Text span fw={700}>
                      {t('view.versionItem', { version: v.version, date: date(v.publishedAt!) })} ({t('view.thisVersion')})
                    </Text>
                  ) : (
                    <Anchor component={Link} to={`${base}?version=${v.version}`}>
                      {t('view.versionItem', { version: v.version, date: date(v.publishedAt!) })}
                    </Anchor>
                  )}
                  {v.correctionReason && (
                    <Text span size="sm" c="gray.7">
                      {' '}
                      — {v.correctionReason}
                    </Text>
                  )}
                </List.Item>
              ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
