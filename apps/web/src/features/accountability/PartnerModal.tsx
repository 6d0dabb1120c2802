import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  PARTNER_PRIORITIES,
  PARTNERSHIP_KINDS,
  type Agreement,
  type Partner,
  type PartnerPriority,
  type PartnershipKind,
} from '@polyphony/contracts';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../app/api-client';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useTaxonomyOptions } from '../settings/useTaxonomy';
import { RowsEditor } from './RowsEditor';
import { useMonitoringActions } from './useMonitoring';
import { DateField } from '../../shared/DateField';

/** "Aix-Marseille-Provence" -> "aix-marseille-provence": the key a partner is saved under. */
export const slugify = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

/** Empty stays undefined, so that the API answers "required" rather than "wrong type". */
const coordinate = (v: number | string) => (v === '' ? undefined : Number(v)) as number;

/** Officials add a partner territory or edit one (its key, the slug, is fixed once created). */
export function PartnerModal({ partner, taken, onClose }: { partner: Partner | null; taken: string[]; onClose: () => void }) {
  const { t } = useTranslation('accountability');
  const { partner: save } = useMonitoringActions(undefined);
  const [name, setName] = useState(partner?.name ?? '');
  const [slug, setSlug] = useState(partner?.slug ?? '');
  const [slugTouched, setSlugTouched] = useState(!!partner);
  const [country, setCountry] = useState(partner?.country ?? '');
  // The territory's own regions (its taxonomy); a new partner starts on none so that the choice is made.
  const regions = useTaxonomyOptions('region');
  const [region, setRegion] = useState(partner?.region ?? '');
  const [priority, setPriority] = useState<PartnerPriority>(partner?.priority ?? 'priority');
  const [kind, setKind] = useState<PartnershipKind>(partner?.kind ?? 'bilateral');
  const [latitude, setLatitude] = useState<number | string>(partner?.latitude ?? '');
  const [longitude, setLongitude] = useState<number | string>(partner?.longitude ?? '');
  const [agreements, setAgreements] = useState<Agreement[]>(partner?.agreements ?? []);
  const errors = fieldErrors(save.error);
  const key = slugTouched ? slug : slugify(name);
  // Saving is keyed on the slug: a new partner must not silently replace an existing one.
  const clash = !partner && taken.includes(key);
  const submit = () =>
    save.mutate(
      {
        slug: key,
        name,
        country,
        region,
        priority,
        kind,
        latitude: coordinate(latitude),
        longitude: coordinate(longitude),
        agreements: agreements.map((a) => ({ ...a, endsOn: a.endsOn || null })),
      },
      { onSuccess: onClose },
    );
  return (
    <Modal opened onClose={onClose} size="xl" title={partner ? t('partners.editTitle', { name: partner.name }) : t('partners.addTitle')}>
      <Stack gap="md">
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('partners.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <TextInput
            label={t('partners.slug')}
            description={partner ? t('partners.slugFixed') : t('partners.slugHelp')}
            required
            readOnly={!!partner}
            value={key}
            onChange={(e) => {
              setSlugTouched(true);
              setSlug(e.currentTarget.value);
            }}
            error={clash ? t('partners.slugTaken') : errors.slug}
          />
          <CountrySelect label={t('partners.country')} required value={country} onChange={setCountry} error={errors.country} />
          <NativeSelect
            label={t('partners.region')}
            value={region}
            required
            onChange={(e) => setRegion(e.currentTarget.value)}
            error={errors.region}
            data={[{ value: '', label: t('web:common.choose') }, ...regions]}
          />
          <NativeSelect
            label={t('partners.priority')}
            value={priority}
            onChange={(e) => setPriority(e.currentTarget.value as PartnerPriority)}
            error={errors.priority}
            data={PARTNER_PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          />
          <NativeSelect
            label={t('partners.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as PartnershipKind)}
            error={errors.kind}
            data={PARTNERSHIP_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <NumberInput
            label={t('partners.latitude')}
            description={t('partners.latitudeHelp')}
            required
            decimalScale={4}
            min={-90}
            max={90}
            value={latitude}
            onChange={setLatitude}
            error={errors.latitude}
          />
          <NumberInput
            label={t('partners.longitude')}
            description={t('partners.longitudeHelp')}
            required
            decimalScale={4}
            min={-180}
            max={180}
            value={longitude}
            onChange={setLongitude}
            error={errors.longitude}
          />
        </SimpleGrid>
        <RowsEditor
          legend={t('partners.agreements')}
          rows={agreements}
          onChange={setAgreements}
          create={() => ({ title: '', signedOn: '', endsOn: null })}
          addLabel={t('partners.addAgreement')}
          removeLabel={(i) => t('partners.removeAgreement', { n: i + 1 })}
          emptyText={t('partners.noAgreements')}
          description={
            errors.agreements && (
              <Text size="sm" c="red.9">
                {errors.agreements}
              </Text>
            )
          }
        >
          {(row, set, i) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label={t('partners.agreementTitle', { n: i + 1 })}
                required
                value={row.title}
                onChange={(e) => set({ title: e.currentTarget.value })}
                error={errors[`agreements.${i}.title`]}
              />
              <DateField
                label={t('partners.signedOn')}
                required
                value={row.signedOn}
                onChange={(value) => set({ signedOn: value })}
                error={errors[`agreements.${i}.signedOn`]}
              />
              <DateField
                label={t('partners.endsOn')}
                value={row.endsOn ?? ''}
                onChange={(value) => set({ endsOn: value || null })}
                error={errors[`agreements.${i}.endsOn`]}
              />
            </SimpleGrid>
          )}
        </RowsEditor>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel', { ns: 'web' })}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={clash}>
            {t('partners.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
