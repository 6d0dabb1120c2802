import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { OpinionMap } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { BreakdownList } from './BreakdownList';

/** Group colours with distinct shapes too, so the map does not rely on colour alone. */
const GROUP_STYLE = [
  { color: '#1c7ed6', shape: 'circle' },
  { color: '#e8590c', shape: 'square' },
  { color: '#2b8a3e', shape: 'triangle' },
  { color: '#862e9c', shape: 'diamond' },
  { color: '#c2255c', shape: 'star' },
] as const;
const groupName = (id: number) => String.fromCharCode(65 + id);

/** Participants in two dimensions coloured by opinion group, each group's make-up and statements. */
export function OpinionMapView({ map }: { map: OpinionMap }) {
  const { t } = useTranslation('synthesis');
  const { t: tw } = useTranslation();
  if (!map.ready) {
    return (
      <Card padding="lg" withBorder component="section" aria-labelledby="map-title">
        <Title order={2} fz="lg" id="map-title">
          {t('map.title')}
        </Title>
        <Text c="gray.7" mt="xs">
          {t('map.notReady', { participants: map.participants, votes: map.minVotes })}
        </Text>
      </Card>
    );
  }
  const summary = t('map.summary', { participants: map.participants, groups: map.groups.length, votes: map.votes });
  return (
    <Stack gap="md" component="section" aria-labelledby="map-title" data-testid="opinion-map">
      <Card padding="lg" withBorder>
        <Title order={2} fz="lg" id="map-title">
          {t('map.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {summary}
        </Text>
        <div role="img" aria-label={summary} style={{ width: '100%', height: 340 }}>
          <ResponsiveContainer>
            <ScatterChart margin={{ top: 10, right: 10, bottom: 10, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" dataKey="x" hide domain={['auto', 'auto']} />
              <YAxis type="number" dataKey="y" hide domain={['auto', 'auto']} />
              <ZAxis type="number" dataKey="z" range={[40, 160]} />
              <Tooltip cursor={false} formatter={() => ''} labelFormatter={() => ''} />
              {map.groups.map((g) => (
                <Scatter
                  key={g.id}
                  name={t('map.group', { name: groupName(g.id) })}
                  data={map.points.filter((p) => p.group === g.id).map((p) => ({ ...p, z: p.me ? 3 : 1 }))}
                  fill={GROUP_STYLE[g.id % 5].color}
                  shape={GROUP_STYLE[g.id % 5].shape}
                  isAnimationActive={false}
                />
              ))}
            </ScatterChart>
          </ResponsiveContainer>
        </div>
        <Group gap="md" mt="xs">
          {map.groups.map((g) => (
            <Group key={g.id} gap={6}>
              <span
                aria-hidden
                style={{
                  width: 12,
                  height: 12,
                  background: GROUP_STYLE[g.id % 5].color,
                  display: 'inline-block',
                  borderRadius: GROUP_STYLE[g.id % 5].shape === 'circle' ? 6 : 0,
                }}
              />
              <Text size="sm">{t('map.groupSize', { name: groupName(g.id), count: g.size })}</Text>
            </Group>
          ))}
          {map.points.some((p) => p.me) && (
            <Text size="sm" c="gray.7">
              {t('map.you')}
            </Text>
          )}
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: Math.min(3, map.groups.length) }} spacing="md">
        {map.groups.map((g) => (
          <Card key={g.id} padding="lg" withBorder component="article" aria-labelledby={`group-${g.id}`}>
            <Stack gap="xs">
              <Group gap="xs">
                <span aria-hidden style={{ width: 12, height: 12, background: GROUP_STYLE[g.id % 5].color, display: 'inline-block' }} />
                <Title order={3} fz="md" id={`group-${g.id}`}>
                  {t('map.groupSize', { name: groupName(g.id), count: g.size })}
                </Title>
              </Group>
              <BreakdownList
                title={t('map.makeUp')}
                values={g.byCategory}
                name={(k) => tw(`categories.${k}`, { defaultValue: t('breakdown.unknown') })}
                limit={8}
              />
              <Text size="sm" fw={600}>
                {t('map.representative')}
              </Text>
              <List size="sm" spacing={4}>
                {g.representative.slice(0, 4).map((r) => (
                  <List.Item key={r.statementId}>
                    <Badge size="xs" variant="light" color={r.direction === 'agree' ? 'teal' : 'red'} c="gray.9" tt="none" mr={6}>
                      {t(`map.${r.direction}`, { percent: Math.round(100 * (r.direction === 'agree' ? r.pAgree : r.pDisagree)) })}
                    </Badge>
                    <MachineTranslated text={r.text} from={r.language}>
                      {(shown) => <span lang={shown.lang}>{shown.text}</span>}
                    </MachineTranslated>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {map.consensus.length > 0 && (
        <Card padding="lg" withBorder component="section" aria-labelledby="consensus-title">
          <Title order={3} fz="md" id="consensus-title">
            {t('map.consensus')}
          </Title>
          <List size="sm" spacing={4} mt="xs">
            {map.consensus.slice(0, 6).map((c) => (
              <List.Item key={c.statementId}>
                <Badge size="xs" variant="light" color={c.direction === 'agree' ? 'teal' : 'red'} c="gray.9" tt="none" mr={6}>
                  {t(`map.all_${c.direction}`)}
                </Badge>
                <MachineTranslated text={c.text} from={c.language}>
                  {(shown) => <span lang={shown.lang}>{shown.text}</span>}
                </MachineTranslated>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
