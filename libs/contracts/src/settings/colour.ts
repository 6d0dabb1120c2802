/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text: white text on the primary colour must reach 4.5:1. */
export const MIN_CONTRAST_ON_WHITE_TEXT = 4.5;
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function readableUnderWhiteText(hex: string): boolean {
  return HEX_COLOUR.test(hex) && contrastRatio(hex.toLowerCase(), '#ffffff') >= MIN_CONTRAST_ON_WHITE_TEXT;
}

/** An IANA time zone name the runtime knows ("Europe/Paris", "America/Montreal", "UTC"); offsets are refused. */
export function isTimeZone(value: string): boolean {
  if (!/^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
