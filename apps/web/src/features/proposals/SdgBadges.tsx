import { Badge, Group, Tooltip } from '@mantine/core';
import { readableUnderWhiteText, SDGS, type Language } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';

/**
 * The SDGs as coloured numbered chips, with the goal title in the reader's language: white text where
 * it reaches 4.5:1 on the goal's colour, dark text otherwise (every goal then reads at 4.5:1 or more).
 */
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
              style={{ background: goal.colour, color: readableUnderWhiteText(goal.colour) ? '#fff' : '#1a1a1a' }}
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
