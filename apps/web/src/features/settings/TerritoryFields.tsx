import { useState } from 'react';
import {
  Alert,
  Box,
  Checkbox,
  ColorInput,
  FileInput,
  Group,
  Image,
  List,
  NativeSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconFileImport, IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { contrastRatio, LANGUAGES, TERRITORY_KINDS, type Language, type MunicipalitiesCsvResult } from '@polyphony/contracts';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { CountrySelect } from '../../shared/CountrySelect';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { colourReadable, timeZones, type TerritoryFormValues } from './territoryForm';
import { useMunicipalitiesCsv } from './useSettings';

export interface FieldsProps {
  values: TerritoryFormValues;
  set: <K extends keyof TerritoryFormValues>(key: K) => (value: TerritoryFormValues[K]) => void;
  errors: Record<string, string>;
}

/** The languages offered (at least one) and the default one among them. */
export function LanguageFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation('settings');
  const change = (chosen: string[]) => {
    const languages = LANGUAGES.filter((l) => chosen.includes(l));
    if (!languages.length) return;
    set('languages')(languages);
    if (!languages.includes(values.defaultLanguage)) set('defaultLanguage')(languages[0]);
  };
  return (
    <Stack gap="md">
      <Checkbox.Group
        label={t('fields.languages')}
        description={t('fields.languagesHelp')}
        value={values.languages}
        onChange={change}
        error={errors.languages}
      >
        <Group gap="lg" mt="xs">
          {LANGUAGES.map((l) => (
            <Checkbox key={l} value={l} label={LANGUAGE_NAMES[l]} />
          ))}
        </Group>
      </Checkbox.Group>
      <NativeSelect
        label={t('fields.defaultLanguage')}
        description={t('fields.defaultLanguageHelp')}
        value={values.defaultLanguage}
        onChange={(e) => set('defaultLanguage')(e.currentTarget.value as Language)}
        data={values.languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        error={errors.defaultLanguage}
      />
    </Stack>
  );
}

/** Kind of territory, country and time zone. */
export function PlaceFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation('settings');
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('fields.kind')}
        value={values.kind}
        onChange={(e) => set('kind')(e.currentTarget.value as TerritoryFormValues['kind'])}
        data={TERRITORY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        error={errors.kind}
      />
      <CountrySelect label={t('fields.country')} value={values.country} onChange={set('country')} error={errors.country} required />
      <Select
        label={t('fields.timeZone')}
        description={t('fields.timeZoneHelp')}
        searchable
        required
        value={values.timeZone}
        onChange={(v) => v && set('timeZone')(v)}
        data={timeZones()}
        limit={200}
        nothingFoundMessage={t('fields.timeZoneNone')}
        error={errors.timeZone}
        comboboxProps={{ withinPortal: true }}
      />
    </Stack>
  );
}

/** Name and short description in each offered language, contact address and colour. */
export function IdentityFields({ values, set, errors }: FieldsProps) {
  const { t } = useTranslation('settings');
  const colour = values.primaryColor.trim();
  const readable = colourReadable(colour);
  return (
    <Stack gap="md">
      {values.languages.map((l) => (
        <Box key={l} component="fieldset" className="plain-fieldset">
          <Text component="legend" fw={600} mb={4}>
            {LANGUAGE_NAMES[l]}
          </Text>
          <Stack gap="xs">
            <TextInput
              label={t('fields.name', { language: LANGUAGE_NAMES[l] })}
              required={l === values.defaultLanguage}
              value={values.name[l] ?? ''}
              onChange={(e) => set('name')({ ...values.name, [l]: e.currentTarget.value })}
              error={errors[`name.${l}`]}
              maxLength={160}
            />
            <Textarea
              label={t('fields.description', { language: LANGUAGE_NAMES[l] })}
              autosize
              minRows={2}
              value={values.description[l] ?? ''}
              onChange={(e) => set('description')({ ...values.description, [l]: e.currentTarget.value })}
              error={errors[`description.${l}`]}
              maxLength={600}
            />
          </Stack>
        </Box>
      ))}
      <TextInput
        type="email"
        label={t('fields.contactEmail')}
        description={t('fields.contactEmailHelp')}
        value={values.contactEmail}
        onChange={(e) => set('contactEmail')(e.currentTarget.value)}
        error={errors.contactEmail}
      />
      <ColorInput
        label={t('fields.primaryColor')}
        description={t('fields.primaryColorHelp')}
        format="hex"
        value={values.primaryColor}
        onChange={set('primaryColor')}
        error={
          errors.primaryColor ??
          (readable
            ? undefined
            : t('fields.contrastLow', { ratio: contrastRatio(colour.length === 7 ? colour : '#ffffff', '#ffffff').toFixed(1) }))
        }
        swatches={['#125d7e', '#1d4f73', '#7a1f3d', '#2f5d34', '#5b3a8c', '#8a3b12']}
      />
      {colour && readable && (
        <Box p="sm" style={{ background: colour, color: '#fff', borderRadius: 8 }} aria-live="polite">
          {t('fields.contrastOk', { ratio: contrastRatio(colour, '#ffffff').toFixed(1) })}
        </Box>
      )}
    </Stack>
  );
}

/** Logo: PNG, JPEG, WebP or SVG, 512 KB at most (the server checks the bytes and sanitises SVG). */
export function LogoField({
  file,
  onFile,
  currentUrl,
  error,
}: {
  file: File | null;
  onFile: (f: File | null) => void;
  currentUrl?: string | null;
  error?: string;
}) {
  const { t } = useTranslation('settings');
  const tooBig = file && file.size > 512 * 1024;
  return (
    <Group align="flex-end" gap="md">
      <FileInput
        label={t('fields.logo')}
        description={t('fields.logoHelp')}
        accept="image/png,image/jpeg,image/webp,image/svg+xml"
        clearable
        value={file}
        onChange={onFile}
        leftSection={<IconPhoto size={18} aria-hidden />}
        error={error ?? (tooBig ? t('fields.logoTooBig') : undefined)}
        w={{ base: '100%', sm: 360 }}
      />
      {currentUrl && !file && <Image src={currentUrl} alt={t('fields.logoCurrent')} h={48} w="auto" fit="contain" />}
    </Group>
  );
}

/** Municipalities, one per line, typed or imported from a CSV file (first column; a message per line at fault). */
export function MunicipalitiesField({ value, onChange, error }: { value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const { t } = useTranslation('settings');
  const [text, setText] = useState(value.join('\n'));
  const [report, setReport] = useState<MunicipalitiesCsvResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const update = (raw: string) => {
    setText(raw);
    onChange(
      raw
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  };
  const readCsv = useMunicipalitiesCsv();
  const importCsv = async (file: File | null) => {
    setReport(null);
    setFailure(null);
    if (!file) return;
    try {
      const result = await readCsv.mutateAsync(file);
      setReport(result);
      const merged = [...value];
      for (const m of result.municipalities) if (!merged.some((x) => x.toLocaleLowerCase() === m.toLocaleLowerCase())) merged.push(m);
      update(merged.join('\n'));
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Stack gap="sm">
      <Textarea
        label={t('fields.municipalities')}
        description={t('fields.municipalitiesHelp')}
        autosize
        minRows={4}
        maxRows={14}
        value={text}
        onChange={(e) => update(e.currentTarget.value)}
        error={error}
      />
      <FileInput
        label={t('fields.csv')}
        description={t('fields.csvHelp')}
        accept=".csv,text/csv,text/plain"
        onChange={(f) => void importCsv(f)}
        leftSection={<IconFileImport size={18} aria-hidden />}
        clearable
        w={{ base: '100%', sm: 360 }}
      />
      <ErrorAlert error={failure} />
      {report && (
        <Alert
          color={report.errors.length ? 'orange' : 'teal'}
          variant="light"
          role="status"
          title={t('csv.imported', { count: report.municipalities.length })}
        >
          {report.errors.length > 0 && (
            <List size="sm" spacing={2}>
              {report.errors.map((e) => (
                <List.Item key={`${e.line}-${e.message}`}>{e.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
