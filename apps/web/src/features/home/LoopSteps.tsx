import { Card, SimpleGrid, Stack, Text, ThemeIcon, Title, Group } from '@mantine/core';
import { IconChecklist, IconClipboardText, IconMessages, IconBulb, IconChartDots3, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const STEPS = [
  { key: 'consult', icon: IconClipboardText },
  { key: 'deliberate', icon: IconMessages },
  { key: 'propose', icon: IconBulb },
  { key: 'synthesise', icon: IconChartDots3 },
  { key: 'draft', icon: IconFileText },
  { key: 'monitor', icon: IconChecklist },
] as const;

/** The six steps of the loop, told to a resident. */
export function LoopSteps() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" component="section" aria-labelledby="loop-title">
      <Stack gap={6} maw={760}>
        <Title order={2} id="loop-title">
          {t('home.loop.title')}
        </Title>
        <Text c="dimmed" size="lg">
          {t('home.loop.lead')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {STEPS.map(({ key, icon: Icon }, index) => (
          <Card key={key} component="li" className="loop-step" shadow="xs">
            <Group gap="sm" mb="sm" wrap="nowrap">
              <ThemeIcon size={44} radius="md" variant="light" color="civic">
                <Icon size={24} aria-hidden />
              </ThemeIcon>
              <Text fw={700} c="civic.8" fz="sm">
                {t('home.loop.stepNumber', { number: index + 1 })}
              </Text>
            </Group>
            <Title order={3} mb={6}>
              {t(`home.loop.steps.${key}.title`)}
            </Title>
            <Text size="sm">{t(`home.loop.steps.${key}.text`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
