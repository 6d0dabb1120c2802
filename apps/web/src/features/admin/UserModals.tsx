import { useState } from 'react';
import { Button, CopyButton, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '@polyphony/contracts';
import { fieldErrors } from '../../app/api-client';
import { useAdminLink, useBlockUser, useSetRole } from './useUsers';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { dateTimeFormat } from '../../app/territory-time';

export type UserAction =
  { kind: 'role'; user: UserSummary; role: Role } | { kind: 'block'; user: UserSummary } | { kind: 'link'; user: UserSummary };

/** Confirmations for what changes a person's access: a role, a block, a one-time link. */
export function UserModals({ action, onClose }: { action: UserAction | null; onClose: () => void }) {
  const { t, i18n } = useTranslation(['accounts', 'web']);
  const done = (message: string) => {
    notifications.show({ color: 'civic', message });
    onClose();
  };
  const [reason, setReason] = useState('');
  const [purpose, setPurpose] = useState<'sign_in' | 'password_reset'>('sign_in');
  const role = useSetRole();
  const block = useBlockUser();
  const link = useAdminLink();
  const roleChanged = (u: UserSummary) => done(t('web:admin.users.roleChanged', { name: u.displayName, role: t(`web:roles.${u.role}`) }));
  const blocked = (u: UserSummary) => {
    setReason('');
    done(t('admin.users.blockedDone', { name: u.displayName }));
  };
  const close = () => {
    role.reset();
    block.reset();
    link.reset();
    onClose();
  };
  const user = action?.user;
  // In the page's language and the territory's time zone, not the browser's.
  const date = (iso: string) => dateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  return (
    <>
      <Modal opened={action?.kind === 'role'} onClose={close} title={user ? t('admin.users.roleTitle', { name: user.displayName }) : ''}>
        {action?.kind === 'role' && (
          <Stack gap="md">
            <Text>{t('admin.users.roleLead', { from: t(`web:roles.${action.user.role}`), to: t(`web:roles.${action.role}`) })}</Text>
            <ErrorAlert error={role.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('admin.users.cancel')}
              </Button>
              <Button
                onClick={() => role.mutate({ id: action.user.id, role: action.role }, { onSuccess: roleChanged })}
                loading={role.isPending}
              >
                {t('admin.users.confirmRole')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal opened={action?.kind === 'block'} onClose={close} title={user ? t('admin.users.blockTitle', { name: user.displayName }) : ''}>
        {action?.kind === 'block' && (
          <Stack gap="md">
            <Text size="sm">{t('admin.users.blockLead')}</Text>
            <ErrorAlert error={block.error} />
            <Textarea
              label={t('admin.users.reason')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldErrors(block.error).reason}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('admin.users.cancel')}
              </Button>
              <Button
                color="red.9"
                onClick={() => block.mutate({ id: action.user.id, reason }, { onSuccess: blocked })}
                loading={block.isPending}
              >
                {t('admin.users.confirmBlock')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal opened={action?.kind === 'link'} onClose={close} title={user ? t('admin.users.linkTitle', { name: user.displayName }) : ''}>
        {action?.kind === 'link' && (
          <Stack gap="md">
            <Text size="sm">{t('admin.users.linkLead')}</Text>
            <SegmentedControl
              value={purpose}
              onChange={(v) => setPurpose(v as typeof purpose)}
              data={[
                { value: 'sign_in', label: t('admin.users.signIn') },
                { value: 'password_reset', label: t('admin.users.reset') },
              ]}
            />
            <ErrorAlert error={link.error} />
            {link.data ? (
              <Stack gap="xs">
                <TextInput readOnly value={link.data.url} label={t('admin.users.link')} onFocus={(e) => e.currentTarget.select()} />
                <Text size="sm">{t('admin.users.linkValidUntil', { date: date(link.data.expiresAt) })}</Text>
                <CopyButton value={link.data.url}>
                  {({ copied, copy }) => (
                    <Button variant="outline" onClick={copy} style={{ alignSelf: 'flex-start' }}>
                      {copied ? t('admin.users.copied') : t('admin.users.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Stack>
            ) : (
              <Button
                onClick={() => link.mutate({ id: action.user.id, purpose })}
                loading={link.isPending}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('admin.users.issue')}
              </Button>
            )}
          </Stack>
        )}
      </Modal>
    </>
  );
}
