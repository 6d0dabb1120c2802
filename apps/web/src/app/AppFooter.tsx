import { Anchor, Box, Container, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" className="app-footer">
      <Container size="lg" py="xl">
        <Group justify="space-between" align="flex-start" gap="xl">
          <Stack gap={4} maw={520}>
            <Text fw={700}>Polyphony</Text>
            <Text size="sm" c="dimmed">
              {t('footer.tagline')}
            </Text>
          </Stack>
          <nav aria-label={t('footer.navLabel')}>
            <Group gap="lg">
              <Anchor component={Link} to="/summaries" size="sm">
                {t('title', { ns: 'summaries' })}
              </Anchor>
              <Anchor component={Link} to="/privacy" size="sm">
                {t('nav.privacy')}
              </Anchor>
              <Anchor component={Link} to="/organisations" size="sm">
                {t('nav.organisations')}
              </Anchor>
              <Anchor component={Link} to="/about" size="sm">
                {t('texts.about', { ns: 'settings' })}
              </Anchor>
              <Anchor component={Link} to="/terms" size="sm">
                {t('texts.terms', { ns: 'settings' })}
              </Anchor>
              <Anchor href="https://www.gnu.org/licenses/agpl-3.0.html" size="sm">
                {t('footer.license')}
              </Anchor>
            </Group>
          </nav>
        </Group>
      </Container>
    </Box>
  );
}
