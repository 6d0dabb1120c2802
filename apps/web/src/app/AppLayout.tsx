import { Suspense, useEffect, useRef } from 'react';
import { Box, Container } from '@mantine/core';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { AppFooter } from './AppFooter';
import { PageLoader } from '../shared/PageLoader';
import { useLanguageSync } from './useLanguageSync';
import { InstanceSync } from '../features/settings/InstanceSync';
import { ConsentPrompt } from '../features/settings/ConsentPrompt';
import { SessionEndedNotice } from '../features/auth/SessionEndedNotice';

/** Skip link, header, main landmark (focused after each navigation), footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useLanguageSync();

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <InstanceSync />
      <ConsentPrompt />
      <AppHeader />
      <Box component="main" id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Container size="lg" py={{ base: 'lg', sm: 40 }}>
          <SessionEndedNotice />
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </Box>
      <AppFooter />
    </div>
  );
}
