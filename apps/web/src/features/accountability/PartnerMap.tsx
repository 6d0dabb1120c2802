import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { TableScroll } from '../../shared/TableScroll';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Partner, PartnerPriority } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../shared/useCountryName';
import { useTaxonomyLabel } from '../settings/useTaxonomy';
import { useCalendarDate } from '../../shared/useCalendarDate';

const WIDTH = 960;
const HEIGHT = 500;
const RADIUS: Record<PartnerPriority, number> = { priority: 7, intensify: 5, encourage: 4 };
const FILL: Record<PartnerPriority, string> = { priority: '#8a1c1c', intensify: '#1d4f91', encourage: '#2f6b3a' };

/**
 * The partner territories on a world map (world-atlas geometry drawn with d3-geo, no tiles), with a
 * table alternative. With `onAdd` / `onEdit` (officials), the table is open and each row has an edit button.
 */
export function PartnerMap({ partners, onAdd, onEdit }: { partners: Partner[]; onAdd?: () => void; onEdit?: (partner: Partner) => void }) {
  const { t } = useTranslation('accountability');
  const countryName = useCountryName();
  const taxonomyLabel = useTaxonomyLabel();
  const date = useCalendarDate('medium');
  const [countries, setCountries] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    void import('world-atlas/countries-110m.json').then((m) => {
      const topo = (m.default ?? m) as any;
      if (live) setCountries(feature(topo, topo.objects.countries) as unknown as FeatureCollection);
    });
    return () => {
      live = false;
    };
  }, []);
  const projection = useMemo(() => geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' } as any), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  return (
    <section aria-labelledby="partners-map">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} id="partners-map">
          {t('partners.title')}
        </Title>
        {onAdd && (
          <Button variant="light" onClick={onAdd}>
            {t('partners.add')}
          </Button>
        )}
      </Group>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="partners-map-desc"
        style={{ width: '100%', height: 'auto', background: '#eef4f8' }}
      >
        <desc id="partners-map-desc">{t('partners.mapDescription', { count: partners.length })}</desc>
        {countries?.features.map((f, i) => (
          <path key={i} d={path(f) ?? ''} fill="#d9dee3" stroke="#fff" strokeWidth={0.5} />
        ))}
        {partners.map((p) => {
          const xy = projection([p.longitude, p.latitude]);
          if (!xy) return null;
          return (
            <g key={p.id}>
              <circle cx={xy[0]} cy={xy[1]} r={RADIUS[p.priority]} fill={FILL[p.priority]} stroke="#fff" strokeWidth={1.5}>
                <title>{`${p.name} — ${t(`priority.${p.priority}`)}`}</title>
              </circle>
            </g>
          );
        })}
      </svg>
      <Text size="sm" mt="xs">
        {(['priority', 'intensify', 'encourage'] as const).map((k) => (
          <span key={k} style={{ marginInlineEnd: 16 }}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r={RADIUS[k] - 1} fill={FILL[k]} />
            </svg>{' '}
            {t(`priority.${k}`)}
          </span>
        ))}
      </Text>
      <details open={!!onEdit}>
        <summary id="partners-table">{t('partners.table')}</summary>
        <TableScroll labelledBy="partners-table" minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partners.name')}</Table.Th>
                <Table.Th>{t('partners.country')}</Table.Th>
                <Table.Th>{t('partners.region')}</Table.Th>
                <Table.Th>{t('partners.priority')}</Table.Th>
                <Table.Th>{t('partners.kind')}</Table.Th>
                <Table.Th>{t('partners.agreements')}</Table.Th>
                {onEdit && (
                  <Table.Th>
                    <VisuallyHidden>{t('partners.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{countryName(p.country)}</Table.Td>
                  <Table.Td>{taxonomyLabel('region', p.region)}</Table.Td>
                  <Table.Td>{t(`priority.${p.priority}`)}</Table.Td>
                  <Table.Td>{t(`kind.${p.kind}`)}</Table.Td>
                  <Table.Td>
                    {p.agreements.map((a) => `${a.title} (${date(a.signedOn)}${a.endsOn ? ` – ${date(a.endsOn)}` : ''})`).join('; ')}
                  </Table.Td>
                  {onEdit && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => onEdit(p)}
                        aria-label={t('partners.editFor', { name: p.name })}
                      >
                        {t('partners.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </details>
    </section>
  );
}
