import { useState, type FormEvent } from 'react';
import { Anchor, Button, Checkbox, NativeSelect, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { LANGUAGES, PASSWORD_MIN_LENGTH, type Language, type RegisterRequest } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES, currentLanguage } from '../../app/i18n';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { safeNext } from '../../shared/safeNext';
import { PARTICIPANT_CATEGORIES } from '../../shared/participantCategories';
import { useFormValues } from '../../shared/useFormValues';
import { useMe } from './useMe';
import { useSession } from './useSession';
import { CookiesBlockedAlert } from './CookiesBlockedAlert';

export function RegisterPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const { register } = useSession();
  const [consentError, setConsentError] = useState<string>();
  const { values, set } = useFormValues({
    email: '',
    password: '',
    displayName: '',
    preferredLanguage: currentLanguage() as Language,
    category: '',
    country: '',
    originTerritory: '',
    acceptPrivacy: false,
  });
  const errors = fieldErrors(register.error);

  if (me.data && !register.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.acceptPrivacy) {
      setConsentError(t('auth.register.consentRequired'));
      return;
    }
    setConsentError(undefined);
    const body = {
      ...values,
      originTerritory: values.category === 'diaspora' && values.originTerritory.trim() ? values.originTerritory : undefined,
    } as RegisterRequest;
    register.mutate(body, {
      onSuccess: (user) => {
        notifications.show({ color: 'civic', message: t('auth.register.welcome', { name: user.displayName }) });
        navigate(next === '/' ? '/profile' : next, { replace: true });
      },
    });
  };

  return (
    <FormCard
      title={t('auth.register.title')}
      lead={t('auth.register.lead')}
      footer={
        <Text size="sm">
          {t('auth.register.haveAccount')}{' '}
          <Anchor component={Link} to="/login">
            {t('auth.register.loginLink')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <CookiesBlockedAlert />
          <ErrorAlert error={register.error} />
          <TextInput
            label={t('fields.displayName')}
            description={t('fields.displayNameHelp')}
            autoComplete="nickname"
            required
            value={values.displayName}
            onChange={(e) => set('displayName')(e.currentTarget.value)}
            error={errors.displayName}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            value={values.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            value={values.password}
            onChange={(e) => set('password')(e.currentTarget.value)}
            error={errors.password}
            visibilityToggleButtonProps={{ 'aria-label': t('fields.togglePassword') }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CategorySelect
              label={t('fields.category')}
              categories={PARTICIPANT_CATEGORIES}
              required
              value={values.category}
              onChange={set('category')}
              error={errors.category}
            />
            <CountrySelect label={t('fields.country')} required value={values.country} onChange={set('country')} error={errors.country} />
          </SimpleGrid>
          {values.category === 'diaspora' && (
            <TextInput
              label={t('fields.originTerritory')}
              description={t('fields.originTerritoryHelp')}
              value={values.originTerritory}
              onChange={(e) => set('originTerritory')(e.currentTarget.value)}
              error={errors.originTerritory}
            />
          )}
          <NativeSelect
            label={t('fields.preferredLanguage')}
            value={values.preferredLanguage}
            onChange={(e) => set('preferredLanguage')(e.currentTarget.value as Language)}
            error={errors.preferredLanguage}
            data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
          />
          <Checkbox
            checked={values.acceptPrivacy}
            onChange={(e) => set('acceptPrivacy')(e.currentTarget.checked)}
            error={consentError ?? errors.acceptPrivacy}
            label={
              <>
                {t('auth.register.consent')}{' '}
                <Anchor component={Link} to="/privacy" target="_blank" inherit>
                  {t('auth.register.consentLink')}
                </Anchor>
              </>
            }
          />
          <Button type="submit" size="md" loading={register.isPending}>
            {t('auth.register.submit')}
          </Button>
        </Stack>
      </form>
    </FormCard>
  );
}
