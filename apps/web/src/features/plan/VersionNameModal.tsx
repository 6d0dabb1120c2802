import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { LANGUAGES, type PlanVersionSummary, type TranslatedText } from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { usePlanActions } from './usePlan';

/** Officials name a version in each language (an empty field removes that language; at least one stays). */
export function VersionNameModal({
  slug,
  planId,
  version,
  onClose,
}: {
  slug: string;
  planId: string | undefined;
  version: PlanVersionSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation('plan');
  const { rename } = usePlanActions(slug, planId);
  const [name, setName] = useState<TranslatedText>(version.name);
  const errors = fieldErrors(rename.error);
  return (
    <Modal opened onClose={onClose} title={t('versions.renameTitle', { number: version.number })}>
      <Stack gap="sm">
        <ErrorAlert error={rename.error} />
        {LANGUAGES.map((l) => (
          <TextInput
            key={l}
            label={t('versions.nameIn', { language: LANGUAGE_NAMES[l] })}
            lang={l}
            value={name[l] ?? ''}
            onChange={(e) => setName({ ...name, [l]: e.currentTarget.value })}
            error={l === LANGUAGES[0] ? errors.name : undefined}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('versions.cancel')}
          </Button>
          <Button
            loading={rename.isPending}
            disabled={!Object.values(name).some((v) => v?.trim())}
            onClick={() => rename.mutate({ number: version.number, name }, { onSuccess: onClose })}
          >
            {t('versions.renameSave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
