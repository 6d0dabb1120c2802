import { Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRIVACY_TERMS_VERSION } from '@polyphony/contracts';
import { PageHeader } from '../../shared/PageHeader';
import { usePublicTexts } from '../settings/usePublicTexts';
import { PublicTextView } from '../settings/PublicTextView';

const SECTIONS = ['stored', 'use', 'visible', 'rights', 'deletion', 'contact'] as const;

/** The privacy terms in plain language; each section is a list of short sentences in the catalogs. */
export function PrivacyPage() {
  const { t } = useTranslation();
  // The admins' own notice (settings, public texts) replaces the built-in one once written.
  const written = usePublicTexts().data?.privacy;
  if (written)
    return (
      <>
        <PageHeader title={t('privacy.title')} />
        <PublicTextView text={written} />
      </>
    );
  return (
    <>
      <PageHeader title={t('privacy.title')} lead={t('privacy.lead')} />
      <Card maw={820} padding="xl">
        <Stack gap="xl">
          {SECTIONS.map((section) => {
            const items = t(`privacy.sections.${section}.items`, { returnObjects: true }) as unknown;
            return (
              <Stack key={section} gap="xs" component="section" aria-labelledby={`privacy-${section}`}>
                <Title order={2} fz="xl" id={`privacy-${section}`}>
                  {t(`privacy.sections.${section}.title`)}
                </Title>
                {Array.isArray(items) && (
                  <List spacing={6}>
                    {items.map((item: string) => (
                      <List.Item key={item}>{item}</List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            );
          })}
          <Text size="sm" c="dimmed">
            {t('privacy.version', { version: PRIVACY_TERMS_VERSION })} <Link to="/account">{t('privacy.manage')}</Link>
          </Text>
        </Stack>
      </Card>
    </>
  );
}
