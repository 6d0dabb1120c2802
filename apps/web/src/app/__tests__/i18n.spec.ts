import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '@polyphony/contracts';
import { loadLanguagePack, NAMESPACES } from '../catalogs';
import { initialLanguage, storeLanguage } from '../reader-language';

describe("the reader's language", () => {
  it('is the stored choice, else the first supported browser language, else French', () => {
    window.localStorage.clear();
    Object.defineProperty(navigator, 'languages', { value: ['de-DE', 'ca-ES', 'es'], configurable: true });
    expect(initialLanguage()).toBe('ca');
    storeLanguage('en');
    expect(initialLanguage()).toBe('en');
    window.localStorage.setItem('polyphony.language', 'xx');
    Object.defineProperty(navigator, 'languages', { value: ['de-DE'], configurable: true });
    expect(initialLanguage()).toBe('fr');
  });
});

describe('catalogs', () => {
  it('are discovered: every namespace file of libs/i18n, for every language', async () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['web', 'api', 'accountability', 'rooms', 'settings']));
    for (const lang of LANGUAGES) {
      const pack = await loadLanguagePack(lang);
      expect(Object.keys(pack.catalogs).sort()).toEqual([...NAMESPACES]);
      expect(pack.countries.locale).toBe(lang);
    }
  });

  it('are loaded once per language', () => {
    expect(loadLanguagePack('es')).toBe(loadLanguagePack('es'));
  });
});

describe('i18next', () => {
  let i18n: typeof import('../i18n');

  beforeAll(async () => {
    window.localStorage.setItem('polyphony.language', 'es');
    i18n = await import('../i18n');
    await i18n.i18nReady;
  });

  it("starts with the reader's catalogs only, every namespace ready", () => {
    const instance = i18n.default;
    expect(instance.resolvedLanguage).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(NAMESPACES.every((ns) => instance.hasResourceBundle('es', ns))).toBe(true);
    expect(LANGUAGES.filter((lang) => NAMESPACES.some((ns) => instance.hasResourceBundle(lang, ns)))).toEqual(['es']);
    expect(instance.t('language.label')).toBe('Idioma');
  });

  it('loads a language on switching, before the page shows it', async () => {
    const instance = i18n.default;
    const shown: string[] = [];
    const listener = () => shown.push(instance.t('language.label'));
    instance.on('languageChanged', listener);
    await instance.changeLanguage('ca');
    instance.off('languageChanged', listener);
    expect(shown).toEqual(['Llengua']);
    expect(instance.t('accountability:status.at_risk')).toBe('En risc');
    expect(i18n.currentLanguage()).toBe('ca');
    expect(document.documentElement.lang).toBe('ca');
  });

  it('registers the country names of each loaded language', async () => {
    const countries = (await import('i18n-iso-countries')).default;
    expect(countries.getName('DE', 'es')).toBe('Alemania');
    expect(countries.getName('DE', 'ca')).toBe('Alemanya');
  });

  it("useLanguageLoaded renders again once another language's catalogs are in", async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const instance = i18n.default;
    expect(instance.hasResourceBundle('en', 'summaries')).toBe(false);
    const seen: boolean[] = [];
    function Probe() {
      const loaded = i18n.useLanguageLoaded('en');
      seen.push(loaded);
      return loaded ? instance.getFixedT('en', 'web')('language.label') : 'loading';
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(createElement(Probe)));
    await vi.waitFor(() => expect(host.textContent).toBe('Language'));
    expect(seen[0]).toBe(false);
    expect(NAMESPACES.every((ns) => instance.hasResourceBundle('en', ns))).toBe(true);
    expect(instance.resolvedLanguage).toBe('ca');
    act(() => root.unmount());
  });
});
