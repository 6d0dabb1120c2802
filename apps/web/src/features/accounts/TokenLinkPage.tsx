import { useEffect, useRef } from 'react';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FormCard } from '../../shared/FormCard';
import { useTokenLink, type TokenLinkKind } from './useAccountLinks';

/**
 * The pages e-mailed links open: confirming an address and confirming a new one happen at once;
 * a one-time sign-in waits for a click (mail scanners open links too).
 */
function TokenLinkPage({ kind }: { kind: TokenLinkKind }) {
  const { t } = useTranslation(['accounts', 'web']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const started = useRef(false);
  const use = useTokenLink(kind, token);
  useEffect(() => {
    if (kind !== 'signIn' && token && !started.current) {
      started.current = true;
      use.mutate();
    }
  }, [kind, token, use]);

  const invalid = !token || (use.error instanceof ApiError && use.error.code === 'auth.token_invalid');
  const title = kind === 'signIn' ? t('signInLink.title') : t('verify.title');
  return (
    <FormCard title={title} lead={kind === 'signIn' && !invalid ? t('signInLink.lead') : undefined}>
      <Stack gap="md">
        {invalid ? (
          <Alert color="ochre" variant="light" role="alert">
            {kind === 'signIn' ? t('signInLink.invalid') : t('reset.invalid')}
          </Alert>
        ) : use.isSuccess ? (
          <>
            <Alert color="civic" variant="light" role="status">
              {kind === 'confirm' ? t('verify.emailChanged') : t('verify.done')}
            </Alert>
            <Button component={Link} to="/">
              {t('web:nav.home')}
            </Button>
          </>
        ) : kind === 'signIn' ? (
          <>
            <ErrorAlert error={use.error} />
            <Button
              size="md"
              onClick={() => use.mutate(undefined, { onSuccess: (me) => void (me && navigate('/profile', { replace: true })) })}
              loading={use.isPending}
            >
              {t('signInLink.submit')}
            </Button>
          </>
        ) : use.isError ? (
          <ErrorAlert error={use.error} />
        ) : (
          <Text role="status">
            <Loader size="xs" mr="xs" aria-hidden />
            {t('verify.working')}
          </Text>
        )}
      </Stack>
    </FormCard>
  );
}

export const VerifyEmailPage = () => <TokenLinkPage kind="verify" />;
export const ConfirmEmailPage = () => <TokenLinkPage kind="confirm" />;
export const SignInLinkPage = () => <TokenLinkPage kind="signIn" />;
