import { Box, Burger, Container, Divider, Drawer, Group, Stack, em } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Logo } from './Logo';
import { MainNav } from './MainNav';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';
import { MobileUserLinks } from './MobileUserLinks';
import { NotificationBell } from '../features/notifications/NotificationBell';

/**
 * Wide screens: a slim utility bar (language, account) above the logo and main navigation,
 * so the navigation has the full width as features are added. Narrow screens: logo,
 * language and a menu button opening a drawer.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // One switcher and one account menu in the DOM at a time (not two copies hidden by CSS).
  const wide = useMediaQuery(`(min-width: ${em(1200)})`, true, { getInitialValueInEffect: false });
  const phone = useMediaQuery(`(max-width: ${em(480)})`, false, { getInitialValueInEffect: false });
  return (
    <Box component="header" className="app-header">
      {wide && (
        <Box className="app-header__utility">
          <Container size="lg" h="100%">
            <Group h="100%" justify="flex-end" gap="sm" wrap="nowrap">
              <NotificationBell />
              <LanguageSwitcher />
              <UserMenu />
            </Group>
          </Container>
        </Box>
      )}
      <Container size="lg" className="app-header__main">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="lg" wrap="nowrap">
            <Logo />
            {wide && (
              <Box component="nav" aria-label={t('nav.mainLabel')}>
                <MainNav />
              </Box>
            )}
          </Group>
          {!wide && (
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <LanguageSwitcher compact={phone} />
              <Burger opened={opened} onClick={toggle} aria-label={t('nav.openMenu')} aria-expanded={opened} />
            </Group>
          )}
        </Group>
      </Container>
      <Drawer
        opened={opened}
        onClose={close}
        title={t('nav.menuTitle')}
        position="right"
        size="xs"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <nav aria-label={t('nav.mobileLabel')}>
            <MainNav vertical onNavigate={close} />
          </nav>
          <Divider />
          <MobileUserLinks onNavigate={close} />
        </Stack>
      </Drawer>
    </Box>
  );
}
