import { Anchor, Button, Checkbox, NativeSelect, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import {
  LANGUAGES,
  PASSWORD_MIN_LENGTH,
  registerRequestSchema,
  safeNextPathSchema,
  type Language,
  type RegisterRequest,
} from '@polyphony/contracts';
import { LANGUAGE_NAMES, currentLanguage } from '../../app/i18n';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { PARTICIPANT_CATEGORIES } from '../../shared/participantCategories';
import { focusFirstInvalid, useSchemaForm } from '../../shared/useSchemaForm';
import { useMe } from './useMe';
import { useSession } from './useSession';
import { CookiesBlockedAlert } from './CookiesBlockedAlert';

export function RegisterPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPathSchema.parse(params.get('next') ?? undefined);
  const navigate = useNavigate();
  const me = useMe();
  const { register } = useSession();
  const { form, showServerErrors, generalError } = useSchemaForm(
    registerRequestSchema,
    {
      email: '',
      password: '',
      displayName: '',
      preferredLanguage: currentLanguage() as Language,
      category: '',
      country: '',
      originTerritory: '',
      acceptPrivacy: false,
    },
    (values): RegisterRequest =>
      ({
        ...values,
        originTerritory: values.category === 'diaspora' && values.originTerritory.trim() ? values.originTerritory : undefined,
      }) as RegisterRequest,
  );
  const values = form.values;
  const errors = form.errors;

  if (me.data && !register.isSuccess) return <Navigate to={next} replace />;

  const submit = form.onSubmit((formValues) => {
    register.mutate(formValues, {
      onSuccess: (user) => {
        notifications.show({ color: 'civic', message: t('auth.register.welcome', { name: user.displayName }) });
        navigate(next === '/' ? '/profile' : next, { replace: true });
      },
      onError: (error) => showServerErrors(error),
    });
  }, focusFirstInvalid);

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
          <ErrorAlert error={generalError(register.error)} />
          <TextInput
            label={t('fields.displayName')}
            description={t('fields.displayNameHelp')}
            autoComplete="nickname"
            required
            {...form.getInputProps('displayName')}
          />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('fields.togglePassword') }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CategorySelect
              label={t('fields.category')}
              categories={PARTICIPANT_CATEGORIES}
              required
              value={values.category}
              onChange={(category) => form.setFieldValue('category', category)}
              error={errors.category as string | undefined}
            />
            <CountrySelect
              label={t('fields.country')}
              required
              value={values.country}
              onChange={(country) => form.setFieldValue('country', country)}
              error={errors.country as string | undefined}
            />
          </SimpleGrid>
          {values.category === 'diaspora' && (
            <TextInput
              label={t('fields.originTerritory')}
              description={t('fields.originTerritoryHelp')}
              {...form.getInputProps('originTerritory')}
            />
          )}
          <NativeSelect
            label={t('fields.preferredLanguage')}
            {...form.getInputProps('preferredLanguage')}
            data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
          />
          <Checkbox
            {...form.getInputProps('acceptPrivacy', { type: 'checkbox' })}
            error={errors.acceptPrivacy ? t('auth.register.consentRequired') : undefined}
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
