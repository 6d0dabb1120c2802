import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { NetworkMembership } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { slugify } from './PartnerModal';
import { useMonitoringActions } from './useMonitoring';
import { DateField } from '../../shared/DateField';

/** Officials add a network membership (Metropolis, Eurocities...) or edit one. */
export function NetworkModal({ network, taken, onClose }: { network: NetworkMembership | null; taken: string[]; onClose: () => void }) {
  const { t } = useTranslation('accountability');
  const { network: save } = useMonitoringActions(undefined);
  const [name, setName] = useState(network?.name ?? '');
  const [joinedOn, setJoinedOn] = useState(network?.joinedOn ?? '');
  const [role, setRole] = useState(network?.role ?? '');
  const errors = fieldErrors(save.error);
  const slug = network?.slug ?? slugify(name);
  const clash = !network && taken.includes(slug);
  const submit = () => save.mutate({ slug, name, joinedOn: joinedOn || null, role: role.trim() || null }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={network ? t('networks.editTitle', { name: network.name }) : t('networks.addTitle')}>
      <Stack gap="md">
        <ErrorAlert error={save.error} />
        <TextInput
          label={t('networks.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={clash ? t('networks.taken') : (errors.name ?? errors.slug)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('networks.joinedOn')} value={joinedOn} onChange={(value) => setJoinedOn(value)} error={errors.joinedOn} />
          <TextInput
            label={t('networks.role')}
            description={t('networks.roleHelp')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
            error={errors.role}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel', { ns: 'web' })}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={clash}>
            {t('networks.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
