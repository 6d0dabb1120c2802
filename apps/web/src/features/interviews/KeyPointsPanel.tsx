import { useState } from 'react';
import { ActionIcon, Badge, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { CategoryBadge } from '../../shared/CategoryBadge';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { useInterviewActions } from './useInterviews';

/** Short statements each attributed to an institution; each one is a contribution. */
export function KeyPointsPanel({ interview }: { interview: Interview }) {
  const { t } = useTranslation('interviews');
  const actions = useInterviewActions(interview.consultationId);
  const institutions = interview.invitees.filter((i) => i.kind === 'organisation');
  const [chosen, setInviteeId] = useState('');
  // Institutions can be added after the panel first showed (invitees saved later): fall back to a current one.
  const inviteeId = institutions.some((i) => i.id === chosen)
    ? chosen
    : (institutions.find((i) => i.attended)?.id ?? institutions[0]?.id ?? '');
  const [text, setText] = useState('');
  const errors = fieldErrors(actions.addKeyPoint.error);
  const held = interview.status === 'held';
  const add = () => actions.addKeyPoint.mutate({ id: interview.id, body: { inviteeId, text } }, { onSuccess: () => setText('') });
  const byId = new Map(interview.invitees.map((i) => [i.id, i]));

  return (
    <Card component="section" aria-labelledby="key-points" padding="lg">
      <Title order={2} fz="lg" id="key-points" mb="xs">
        {t('keyPoints.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="md">
        {held ? t('keyPoints.help') : t('keyPoints.notHeld')}
      </Text>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {interview.keyPoints.map((k) => {
          const who = byId.get(k.inviteeId);
          return (
            <Card key={k.id} component="li" withBorder padding="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4}>
                  <MachineTranslated text={k.text} from={k.language}>
                    {(shown) => <Text lang={shown.lang}>{shown.text}</Text>}
                  </MachineTranslated>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {who?.name}
                    </Text>
                    {who?.category && <CategoryBadge category={who.category} />}
                    <Badge variant="outline" color="gray" c="gray.8" tt="uppercase">
                      {k.language}
                    </Badge>
                  </Group>
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('keyPoints.remove')}
                  onClick={() => actions.removeKeyPoint.mutate({ id: interview.id, keyPointId: k.id })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Card>
          );
        })}
      </Stack>
      {held && institutions.length > 0 && (
        <Stack gap="sm" mt="md">
          <ErrorAlert error={actions.addKeyPoint.error} />
          <NativeSelect
            label={t('keyPoints.institution')}
            value={inviteeId}
            onChange={(e) => setInviteeId(e.currentTarget.value)}
            error={errors.inviteeId}
            data={institutions.map((i) => ({ value: i.id, label: i.name }))}
          />
          <Textarea
            label={t('keyPoints.text')}
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.text}
          />
          <Group justify="flex-end">
            <Button onClick={add} loading={actions.addKeyPoint.isPending} disabled={!text.trim()}>
              {t('keyPoints.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
