import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contrastRatio } from '@polyphony/contracts';
import { currentLanguage, storeLanguage } from '../../app/i18n';
import { setTerritoryTimeZone } from '../../app/territory-time';
import { useMe } from '../auth/useMe';
import { useInstance } from './useInstance';

/**
 * Applies the instance's settings to the whole app: only its languages (else its default one), its
 * time zone for every date, its colour for the hero; and takes the first admin to the setup wizard.
 */
export function InstanceSync() {
  const instance = useInstance().data;
  const me = useMe().data;
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const territory = instance?.territory;

  useEffect(() => {
    if (!territory) return;
    if (!territory.languages.includes(currentLanguage())) {
      storeLanguage(territory.defaultLanguage);
      void i18n.changeLanguage(territory.defaultLanguage);
    }
  }, [territory, i18n, i18n.resolvedLanguage]);

  useEffect(() => {
    setTerritoryTimeZone(territory?.timeZone);
    const root = document.documentElement.style;
    // Checked on save too: a colour must keep white text readable (WCAG AA).
    if (territory?.primaryColor && contrastRatio(territory.primaryColor, '#ffffff') >= 4.5)
      root.setProperty('--territory-primary', territory.primaryColor);
    else root.removeProperty('--territory-primary');
  }, [territory]);

  useEffect(() => {
    if (instance?.setupRequired && me?.role === 'admin' && pathname !== '/setup') navigate('/setup', { replace: true });
  }, [instance?.setupRequired, me?.role, pathname, navigate]);

  return null;
}
