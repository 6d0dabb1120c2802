import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The mark (two voices, one line) and the wordmark, linking home. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="logo-link" aria-label={t('nav.homeAria')}>
      <Group gap={10} wrap="nowrap">
        <svg width="34" height="34" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="8" fill="var(--mantine-color-civic-7)" />
          <g fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round">
            <path d="M7 20c2-6 4-6 6 0s4 6 6 0 4-6 6-6" />
            <path d="M7 12c2-3 4-3 6 0" opacity=".75" />
          </g>
        </svg>
        <Text component="span" fw={800} fz={22} c="civic.9" lh={1} style={{ letterSpacing: '-0.02em' }}>
          Polyphony
        </Text>
      </Group>
    </Link>
  );
}
