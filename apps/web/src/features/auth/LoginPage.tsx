import { Alert, Anchor, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { ROUTES, loginRequestSchema, safeNextPathSchema } from '@polyphony/contracts';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routeUrl } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { focusFirstInvalid, useSchemaForm } from '../../shared/useSchemaForm';
import { useMe } from './useMe';
import { useSession, useSso } from './useSession';
import { CookiesBlockedAlert } from './CookiesBlockedAlert';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPathSchema.parse(params.get('next') ?? undefined);
  const navigate = useNavigate();
  const me = useMe();
  const { login } = useSession();
  const { form, showServerErrors, generalError } = useSchemaForm(loginRequestSchema, { email: '', password: '' });
  const sso = useSso();
  const ssoProblem = params.get('sso');

  if (me.data && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = form.onSubmit(
    (values) => login.mutate(values, { onSuccess: () => void navigate(next, { replace: true }), onError: showServerErrors }),
    focusFirstInvalid,
  );

  return (
    <FormCard
      title={t('auth.login.title')}
      lead={params.get('next') ? t('auth.login.leadRedirect') : t('auth.login.lead')}
      footer={
        <Text size="sm">
          {t('auth.login.noAccount')}{' '}
          <Anchor component={Link} to={`/register${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
            {t('auth.login.registerLink')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {ssoProblem && (
            <Alert color="ochre" variant="light" role="alert">
              {ssoProblem === 'blocked' ? t('errors.auth.account_blocked', { ns: 'api' }) : t('accounts:sso.failed')}
            </Alert>
          )}
          {sso.data?.enabled && (
            <>
              <Button component="a" href={routeUrl(ROUTES.oidc.login, { query: { next } })} variant="outline" size="md">
                {t('accounts:sso.button', { label: sso.data.label })}
              </Button>
              <Divider label={t('accounts:sso.or')} labelPosition="center" />
            </>
          )}
          <CookiesBlockedAlert />
          <ErrorAlert error={generalError(login.error)} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('fields.togglePassword') }}
          />
          <Group justify="space-between" align="center">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('accounts:forgot.link')}
            </Anchor>
            <Button type="submit" size="md" loading={login.isPending}>
              {t('auth.login.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormCard>
  );
}
