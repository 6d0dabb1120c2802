import { useEffect, type FormEvent } from 'react';
import { Alert, Anchor, Button, Checkbox, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { PageLoader } from '../../shared/PageLoader';
import { useFormValues } from '../../shared/useFormValues';
import { useMe } from '../auth/useMe';
import { useAcceptInvitation, useInvitationPreview } from './useInvitations';

/** The page an invitation link opens: a registration already filled, or an account to attach it to. */
export function AcceptInvitationPage() {
  const { t } = useTranslation(['accounts', 'web']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const me = useMe();
  const navigate = useNavigate();
  const { values, set, setValues } = useFormValues({ displayName: '', password: '', acceptPrivacy: false });
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation();
  const { mutate: load } = preview;
  useEffect(() => {
    if (token) load(undefined, { onSuccess: (p) => setValues((v) => ({ ...v, displayName: p.name })) });
  }, [token, load, setValues]);

  const unusable =
    !token ||
    (preview.error instanceof ApiError && preview.error.code === 'invitations.unusable') ||
    (accept.error instanceof ApiError && accept.error.code === 'invitations.unusable');
  if (unusable)
    return (
      <FormCard title={t('invitation.title')}>
        <Alert color="ochre" variant="light" role="alert">
          {t('invitation.unusable')}
        </Alert>
      </FormCard>
    );
  if (preview.isPending || me.isPending || !preview.data) return preview.isError ? <ErrorAlert error={preview.error} /> : <PageLoader />;

  const p = preview.data;
  const errors = fieldErrors(accept.error);
  const target = t(`invitation.targets.${p.targetType}`, { title: p.targetTitle ?? '' });
  const next = `/invitation?token=${encodeURIComponent(token)}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate(
      me.data
        ? { token }
        : { token, displayName: values.displayName, password: values.password, ...(values.acceptPrivacy ? { acceptPrivacy: true } : {}) },
      { onSuccess: () => void navigate('/?welcome=invitation', { replace: true }) },
    );
  };
  return (
    <FormCard
      title={t('invitation.title')}
      lead={
        <Stack gap={4}>
          <Text>{t('invitation.lead', { name: p.name })}</Text>
          <Text fw={600}>{target}</Text>
          {p.organisation && <Text size="sm">{t('invitation.organisation', { organisation: p.organisation })}</Text>}
        </Stack>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={accept.error} />
          {me.data ? (
            <Button type="submit" size="md" loading={accept.isPending}>
              {t('invitation.accept')}
            </Button>
          ) : p.accountExists ? (
            <>
              <Alert color="civic" variant="light">
                {t('invitation.existing', { email: p.email })}
              </Alert>
              <Button component={Link} to={`/login?next=${encodeURIComponent(next)}`} size="md">
                {t('invitation.signIn')}
              </Button>
            </>
          ) : (
            <>
              <TextInput label={t('web:fields.email')} value={p.email} readOnly />
              <TextInput
                label={t('web:fields.displayName')}
                required
                value={values.displayName}
                onChange={(e) => set('displayName')(e.currentTarget.value)}
                error={errors.displayName}
              />
              <PasswordInput
                label={t('web:fields.password')}
                autoComplete="new-password"
                required
                value={values.password}
                onChange={(e) => set('password')(e.currentTarget.value)}
                error={errors.password}
                visibilityToggleButtonProps={{ 'aria-label': t('web:fields.togglePassword') }}
              />
              <Checkbox
                label={
                  <>
                    {t('web:auth.register.consent')}{' '}
                    <Anchor component={Link} to="/privacy" target="_blank">
                      {t('web:auth.register.consentLink')}
                    </Anchor>
                  </>
                }
                checked={values.acceptPrivacy}
                onChange={(e) => set('acceptPrivacy')(e.currentTarget.checked)}
                error={errors.acceptPrivacy ? t('web:auth.register.consentRequired') : undefined}
              />
              <Button type="submit" size="md" loading={accept.isPending}>
                {t('invitation.create')}
              </Button>
            </>
          )}
        </Stack>
      </form>
    </FormCard>
  );
}
