import { Button, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandEntry } from '@polyphony/contracts';

/** Raised hands in order; facilitators lower anyone's, participants their own. */
export function HandQueue({
  hands,
  me,
  canRaise,
  facilitator,
  onRaise,
  onLower,
}: {
  hands: HandEntry[];
  me: string | null;
  canRaise: boolean;
  facilitator: boolean;
  onRaise: () => void;
  onLower: (userId?: string) => void;
}) {
  const { t } = useTranslation('rooms');
  const mine = Boolean(me && hands.some((h) => h.userId === me));
  return (
    <Card component="section" aria-labelledby="hands-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md" id="hands-title">
          {t('hands.title', { count: hands.length })}
        </Title>
        {canRaise &&
          (mine ? (
            <Button size="xs" variant="outline" onClick={() => onLower()}>
              {t('hands.lower')}
            </Button>
          ) : (
            <Button size="xs" onClick={onRaise}>
              {t('hands.raise')}
            </Button>
          ))}
      </Group>
      {hands.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hands.empty')}
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={4}>
          {hands.map((h) => (
            <List.Item key={h.userId}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">
                  {h.displayName}
                  {h.userId === me ? ` (${t('hands.you')})` : ''}
                </Text>
                {facilitator && h.userId !== me && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => onLower(h.userId)}
                    aria-label={t('hands.lowerFor', { name: h.displayName })}
                  >
                    {t('hands.lower')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
