import { Badge, Group, Tooltip } from '@mantine/core';
import { SDGS, type Language } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

/** The SDGs as coloured numbered chips, with the goal title in the reader's language. */
export function SdgBadges({ sdgs, targets = [] }: { sdgs: number[]; targets?: string[] }) {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'fr') as Language;
  return (
    <Group gap={6}>
      {sdgs.map((n) => {
        const goal = SDGS[n - 1];
        const mine = targets.filter((t) => t.split('.')[0] === String(n));
        const label = `${n}. ${goal.title[lang] ?? goal.title.en}`;
        return (
          <Tooltip key={n} label={mine.length ? `${label} — ${mine.join(', ')}` : label} withArrow>
            <Badge
              radius="sm"
              tt="none"
              style={{ background: goal.colour, color: n === 7 || n === 11 ? '#1a1a1a' : '#fff' }}
              aria-label={label}
            >
              {`ODS ${n}`.replace('ODS', lang === 'en' ? 'SDG' : lang === 'fr' ? 'ODD' : 'ODS')}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}

export function sdgTitle(n: number, lang: string): string {
  const goal = SDGS[n - 1];
  return `${n}. ${goal.title[lang as Language] ?? goal.title.en}`;
}
