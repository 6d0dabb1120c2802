import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import i18next from './i18n';

/** A calm civic blue-teal; shade 7 (#125d7e) gives 7.3:1 on white. */
const civic: MantineColorsTuple = [
  '#e7f2f6',
  '#cfe3eb',
  '#9fc7d7',
  '#6ca9c2',
  '#4490b0',
  '#2b80a3',
  '#1a6f94',
  '#125d7e',
  '#0c4b67',
  '#073a52',
];

/** Warm accent for highlights (used sparingly, with dark text). */
const ochre: MantineColorsTuple = [
  '#fff6e0',
  '#ffecbf',
  '#ffd98a',
  '#ffc552',
  '#ffb526',
  '#f5a000',
  '#d98c00',
  '#b37200',
  '#8c5900',
  '#664100',
];

const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'civic',
  primaryShade: { light: 7, dark: 4 },
  colors: { civic, ochre },
  fontFamily: systemFonts,
  headings: {
    fontFamily: systemFonts,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '2.1rem', lineHeight: '1.2' },
      h2: { fontSize: '1.5rem', lineHeight: '1.3' },
      h3: { fontSize: '1.15rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  autoContrast: true,
  luminanceThreshold: 0.35,
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'lg', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'lg' } },
    // Links are underlined so they never rely on colour alone (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: 'always' } },
    // Every notification's close button says what it does, in the current language (read at render).
    Notification: { defaultProps: () => ({ closeButtonProps: { 'aria-label': i18next.t('web:common.close') } }) },
    FileInput: { defaultProps: () => ({ clearButtonProps: { 'aria-label': i18next.t('web:common.clear') } }) },
    // The colour field's eyedropper button (shown where the browser supports the EyeDropper API) has only an icon.
    ColorInput: { defaultProps: () => ({ eyeDropperButtonProps: { 'aria-label': i18next.t('web:common.eyeDropper') } }) },
    // Dialogs and drawers too: an unnamed close button is a critical axe violation.
    Modal: { defaultProps: () => ({ closeButtonProps: { 'aria-label': i18next.t('web:common.close') } }) },
    // A menu holds only its items (Mantine's focus placeholder inside role=menu breaks aria-required-children).
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    Drawer: { defaultProps: () => ({ closeButtonProps: { 'aria-label': i18next.t('web:common.close') } }) },
  },
});

/** Keeps secondary text readable: Mantine's default "dimmed" grey is below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Placeholders at 4.7:1 on white (Mantine's gray-6 is 3.3:1; gray-7 would read as a value).
    '--mantine-color-placeholder': '#6c757d',
    // Field errors in red-9 (5.5:1 on white) rather than red-6 (3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
