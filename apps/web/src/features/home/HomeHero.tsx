import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconBuildingCommunity } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { LocalizedMark, useLocalize } from '../../shared/localized';
import { usePublicTexts } from '../settings/usePublicTexts';

export function HomeHero({ territoryName }: { territoryName: string }) {
  const { t } = useTranslation();
  const me = useMe();
  // The admins' own headline and introduction (settings), else the built-in ones.
  const texts = usePublicTexts().data;
  const localize = useLocalize();
  const headline = localize(texts?.home_headline?.body);
  const intro = localize(texts?.home_intro?.body);
  return (
    <Box className="hero" px={{ base: 'lg', sm: 48 }} py={{ base: 40, sm: 64 }}>
      <Stack gap="lg" maw={720} pos="relative" style={{ zIndex: 1 }}>
        <Text tt="uppercase" fw={700} fz="sm" c="civic.1" style={{ letterSpacing: '0.08em' }}>
          {territoryName ? t('home.hero.eyebrow', { territory: territoryName }) : t('home.hero.eyebrowGeneric')}
        </Text>
        <Title order={1} fz={{ base: 30, sm: 44 }} lh={1.15} c="white" lang={headline.text ? headline.lang : undefined}>
          {headline.text || t('home.hero.title')}
        </Title>
        <Text fz={{ base: 'md', sm: 'lg' }} c="civic.0" lang={intro.text ? intro.lang : undefined}>
          {intro.text || t('home.hero.lead')}
        </Text>
        {/* One mark for both texts: the admins' headline and introduction are translated together. */}
        <LocalizedMark value={headline.state !== 'own' && headline.state !== 'empty' ? headline : intro} onDark />
        <Group gap="sm" mt="sm">
          {!me.data && (
            <Button
              component={Link}
              to="/register"
              size="md"
              color="ochre.3"
              c="dark.9"
              rightSection={<IconArrowRight size={18} aria-hidden />}
            >
              {t('home.hero.register')}
            </Button>
          )}
          <Button
            component={Link}
            to="/organisations"
            size="md"
            variant="white"
            color="civic.9"
            leftSection={<IconBuildingCommunity size={18} aria-hidden />}
          >
            {t('home.hero.organisations')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
