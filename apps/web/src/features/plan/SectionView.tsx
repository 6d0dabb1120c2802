import { useRef, useState } from 'react';
import { Badge, Button, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconMessagePlus, IconPencilPlus, IconQuote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTaxonomyLabel } from '../settings/useTaxonomy';
import type { TFunction } from 'i18next';
import { SDGS, type Annotation, type Language, type PlanParagraph, type PlanSection } from '@polyphony/contracts';
import { currentLanguage } from '../../app/i18n';
import { LocalizedMark, LocalizedText, useLocalize, type Localized } from '../../shared/localized';
import { AnnotationCard } from './AnnotationCard';
import type { AnnotationTarget } from './AnnotationModal';
import { SourcesDrawer } from './SourcesDrawer';
import type { usePlanActions } from './usePlan';
import './plan.css';

export interface ReviewContext {
  annotations: Annotation[];
  canAnnotate: boolean;
  canAnswer: boolean;
  onAnnotate: (target: AnnotationTarget) => void;
  actions: ReturnType<typeof usePlanActions>;
}

const headingLabel = (t: TFunction<'plan'>, s: PlanSection) =>
  s.kind === 'general_objective'
    ? t('kinds.general_objective')
    : s.kind === 'specific_objective'
      ? t('export.specificObjective', { code: s.code.replace(/^O/, '') })
      : s.kind === 'strategic_line'
        ? t('export.line', { code: s.code })
        : s.kind === 'action'
          ? t('export.action', { code: s.code })
          : '';

/** One section of the plan as readers see it, with its sources panel and, in review, the annotations beside each paragraph. */
export function SectionView({ slug, section, review }: { slug: string; section: PlanSection; review: ReviewContext | null }) {
  const { t } = useTranslation('plan');
  const taxonomyLabel = useTaxonomyLabel();
  const lang = currentLanguage();
  const [sources, setSources] = useState<string | undefined | null>(null);
  const localize = useLocalize();
  const c = section.content;
  const marks = c.review ?? [];
  const title = localize(c.title, { field: 'title', marks });
  const [titleOriginal, setTitleOriginal] = useState(false);
  const titleShown = titleOriginal && title.original ? title.original : title;
  const label = headingLabel(t, section);
  const Heading = section.kind === 'action' ? 3 : 2;
  const sdgTitle = (code: string) => SDGS.find((g) => g.goal === Number(code.split('.')[0]))?.title[lang] ?? '';
  // Names officials give (department, budget line) through the reading rule, with their mark.
  const facts: { label: string; value: string; named?: Localized; after?: string }[] = [];
  if (c.leadDepartment)
    facts.push({ label: t('fields.leadDepartment'), value: '', named: localize(c.leadDepartment, { field: 'leadDepartment', marks }) });
  if (c.partners.length)
    facts.push({ label: t('fields.partners'), value: c.partners.map((p) => `${p.name} (${t(`partnerKinds.${p.kind}`)})`).join(' · ') });
  if (c.budget)
    facts.push({
      label: t('fields.budget'),
      value: '',
      named: localize(c.budget.line, { field: 'budget.line', marks }),
      after:
        c.budget.amount !== null
          ? ` · ${new Intl.NumberFormat(lang, { style: 'currency', currency: c.budget.currency, maximumFractionDigits: 0 }).format(c.budget.amount)}`
          : '',
    });
  if (c.agendas.length) facts.push({ label: t('fields.agendas'), value: c.agendas.map((a) => taxonomyLabel('agenda', a)).join(' · ') });
  return (
    <Stack
      component="section"
      gap="sm"
      id={`s-${section.id}`}
      aria-labelledby={`h-${section.id}`}
      className={`plan-section plan-section--${section.kind}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={Heading} id={`h-${section.id}`} fz={section.kind === 'action' ? 'h4' : 'h3'}>
            {label && (
              <Text component="span" display="block" size="xs" tt="uppercase" c="gray.7" fw={600}>
                {label}
              </Text>
            )}
            <span lang={titleShown.lang}>{titleShown.text}</span>
          </Title>
          <LocalizedMark value={title} showing={titleOriginal ? 'original' : 'shown'} onToggle={() => setTitleOriginal((v) => !v)} />
        </Stack>
        {section.sources.total > 0 && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconQuote size={14} aria-hidden />}
            onClick={() => setSources(undefined)}
            aria-label={`${t('sources.button', { count: section.sources.total })} — ${title.text}`}
          >
            {t('sources.button', { count: section.sources.total })}
          </Button>
        )}
      </Group>
      {c.paragraphs.map((p) => (
        <ParagraphView
          key={p.id}
          slug={slug}
          section={section}
          paragraph={p}
          field={`paragraphs.${p.id}`}
          review={review}
          onSources={() => setSources(p.id)}
        />
      ))}
      {c.expectedResults.length > 0 && (
        <Stack gap={4}>
          <Title order={(Heading + 1) as 3 | 4} fz="sm">
            {t('fields.expectedResults')}
          </Title>
          {c.expectedResults.map((p) => (
            <ParagraphView
              key={p.id}
              slug={slug}
              section={section}
              paragraph={p}
              field={`expectedResults.${p.id}`}
              review={review}
              onSources={() => setSources(p.id)}
            />
          ))}
        </Stack>
      )}
      {facts.length > 0 && (
        <dl className="plan-facts">
          {facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                {f.named ? <LocalizedText component="span" value={f.named} /> : f.value}
                {f.after}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {c.sdgTargets.length > 0 && (
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {t('fields.sdgTargets')}:
          </Text>
          {c.sdgTargets.map((code) => (
            <Badge key={code} variant="outline" color="gray" c="gray.9" tt="none" title={sdgTitle(code)}>
              {code}
            </Badge>
          ))}
        </Group>
      )}
      {c.geographicPriorities.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('fields.geographicPriorities')}
          </Text>
          <Group gap={6}>
            {c.geographicPriorities.map((g) => (
              <Badge
                key={`${g.region}-${g.territory}`}
                variant="outline"
                color={g.intensity === 'priority' ? 'civic' : 'gray'}
                c={g.intensity === 'priority' ? 'civic.9' : 'gray.9'}
                fw={g.intensity === 'priority' ? 700 : 500}
                tt="none"
              >
                {g.territory} · {taxonomyLabel('region', g.region)} · {t(`intensities.${g.intensity}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
      {c.indicators.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('fields.indicators')}
          </Text>
          <List size="sm">
            {c.indicators.map((i) => (
              <List.Item key={i.id}>
                <LocalizedText component="span" value={localize(i.name, { field: `indicators.${i.id}.name`, marks })} />{' '}
                <Text span size="sm" c="gray.7">
                  ({t(`indicatorKinds.${i.kind}`)}
                  {i.targetValue !== null
                    ? ` · ${t('fields.target')}: ${i.targetValue}${i.unit ? ` ${taxonomyLabel('indicator_unit', i.unit)}` : ''}${i.targetDate ? ` (${i.targetDate.slice(0, 4)})` : ''}`
                    : ''}
                  )
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {sources !== null && (
        <SourcesDrawer
          slug={slug}
          sectionId={section.id}
          paragraphId={sources}
          summary={section.sources}
          label={label || undefined}
          title={title}
          opened
          onClose={() => setSources(null)}
        />
      )}
    </Stack>
  );
}

function ParagraphView({
  slug,
  section,
  paragraph,
  field,
  review,
  onSources,
}: {
  slug: string;
  section: PlanSection;
  paragraph: PlanParagraph;
  /** Its key in the section's "to review" marks. */
  field: string;
  review: ReviewContext | null;
  onSources: () => void;
}) {
  const { t } = useTranslation('plan');
  const lang = currentLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ quote: string; start: number } | null>(null);
  const localize = useLocalize();
  const shown = localize(paragraph.text, {
    format: 'markdown',
    html: section.html[paragraph.id] ?? {},
    field,
    marks: section.content.review ?? [],
  });
  // Annotations quote the text as written: the original when the reader sees a machine translation.
  const text = shown.state === 'machine' && shown.original ? shown.original : shown;
  const linked = section.sources.byParagraph[paragraph.id] ?? 0;
  void slug;
  const capture = () => {
    const sel = window.getSelection();
    const el = ref.current;
    if (!sel || sel.isCollapsed || !el || !sel.rangeCount) return setSelection(null);
    const range = sel.getRangeAt(0);
    if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return setSelection(null);
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(range.startContainer, range.startOffset);
    setSelection({ quote: sel.toString().trim().slice(0, 2000), start: before.toString().length });
  };
  const annotations = review?.annotations.filter((a) => a.paragraphId === paragraph.id) ?? [];
  const body = (
    <Stack gap={4}>
      <div
        ref={ref}
        data-paragraph-id={paragraph.id}
        onMouseUp={review?.canAnnotate ? capture : undefined}
        onKeyUp={review?.canAnnotate ? capture : undefined}
      >
        <LocalizedText value={shown} html className="plan-html" />
      </div>
      {linked > 0 && (
        <Group justify="flex-end">
          <Button size="compact-xs" variant="subtle" onClick={onSources}>
            {t('sources.paragraph')} ({linked})
          </Button>
        </Group>
      )}
      {review?.canAnnotate && (
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconMessagePlus size={14} aria-hidden />}
            onClick={() =>
              review.onAnnotate({
                sectionId: section.id,
                paragraphId: paragraph.id,
                kind: 'comment',
                quote: selection?.quote ?? '',
                quoteStart: selection?.start ?? null,
                paragraphText: text.text,
                language: (text.lang ?? lang) as Language,
              })
            }
          >
            {selection ? t('review.comment') : `${t('review.comment')} (${t('review.wholeParagraph').toLowerCase()})`}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPencilPlus size={14} aria-hidden />}
            onClick={() =>
              review.onAnnotate({
                sectionId: section.id,
                paragraphId: paragraph.id,
                kind: 'amendment',
                quote: selection?.quote ?? '',
                quoteStart: selection?.start ?? null,
                paragraphText: text.text,
                language: (text.lang ?? lang) as Language,
              })
            }
          >
            {t('review.amend')}
          </Button>
        </Group>
      )}
    </Stack>
  );
  if (!review) return body;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>{body}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="xs" role="group" aria-label={t('review.annotations')}>
          {annotations.length > 0 && (
            <Text size="xs" c="gray.7">
              {t('review.count', { count: annotations.length })}
            </Text>
          )}
          {annotations.map((a) => (
            <AnnotationCard key={a.id} annotation={a} canAnswer={review.canAnswer} actions={review.actions} />
          ))}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
