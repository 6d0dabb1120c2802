import { Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../auth/RequireAuth';
import { useMe } from '../auth/useMe';
import { PageHeader } from '../../shared/PageHeader';
import { ProfileForm } from './ProfileForm';
import { PasswordForm } from './PasswordForm';
import { MyOrganisations } from './MyOrganisations';
import { EmailSettings } from '../accounts/EmailSettings';

function Profile() {
  const { t } = useTranslation();
  const me = useMe().data!;
  return (
    <>
      <PageHeader title={t('profile.title')} lead={t('profile.lead')} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card component="section" aria-labelledby="profile-form-title">
            <Title order={2} id="profile-form-title" mb="md">
              {t('profile.detailsTitle')}
            </Title>
            <ProfileForm key={`${me.id}-${me.preferredLanguage}`} me={me} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xl">
            <Card component="section" aria-labelledby="my-orgs-title">
              <Title order={2} id="my-orgs-title" mb="md">
                {t('profile.organisations.title')}
              </Title>
              <MyOrganisations />
            </Card>
            <Card component="section" aria-labelledby="email-title">
              <Title order={2} id="email-title" mb="md">
                {t('accounts:emailChange.title')}
              </Title>
              <EmailSettings me={me} />
            </Card>
            <Card component="section" aria-labelledby="password-title">
              <Title order={2} id="password-title" mb={4}>
                {t('profile.password.title')}
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                {t('profile.password.lead')}
              </Text>
              <PasswordForm />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function ProfilePage() {
  return (
    <RequireAuth>
      <Profile />
    </RequireAuth>
  );
}
