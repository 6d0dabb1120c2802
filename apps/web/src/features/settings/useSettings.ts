import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type SetupRequest, type TerritorySettings, type UpdateSettingsRequest } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';
import { INSTANCE_KEY } from './useInstance';
import { TAXONOMY_KEY } from './useTaxonomy';
import { fileToBase64 } from './territoryForm';

const SETTINGS_KEY = ['settings'] as const;

/** The territory's settings, as its administrators edit them. */
export function useSettings(enabled: boolean) {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call(ROUTES.settings.settings), enabled });
}

const uploadLogo = async (logo: File) => call(ROUTES.settings.setLogo, { body: { data: await fileToBase64(logo) } });

/** Saves the settings, then the new logo if one was chosen; what every page shows of the territory is read again. */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  const saved = (settings: TerritorySettings) => {
    queryClient.setQueryData(SETTINGS_KEY, settings);
    void queryClient.invalidateQueries({ queryKey: INSTANCE_KEY });
    void queryClient.invalidateQueries({ queryKey: ['territory'] });
  };
  const save = useMutation({
    mutationFn: async ({ body, logo }: { body: UpdateSettingsRequest; logo: File | null }) => {
      const settings = await call(ROUTES.settings.update, { body });
      return logo ? uploadLogo(logo) : settings;
    },
    onSuccess: saved,
  });
  const removeLogo = useMutation({
    mutationFn: () => call(ROUTES.settings.removeLogo),
    onSuccess: saved,
  });
  return { save, removeLogo };
}

/**
 * The first-run setup: creates the territory, then uploads its logo. A logo that fails does not undo the setup
 * (`logoError` says why; the settings page can fix it). `refresh` then reads again all the instance says, the
 * admin's language too (they now speak one of the territory's languages); the wizard calls it once it has left.
 */
export function useSetup() {
  const queryClient = useQueryClient();
  const setup = useMutation({
    mutationFn: async ({ body, logo }: { body: SetupRequest; logo: File | null }) => {
      const settings = await call(ROUTES.settings.setup, { body });
      const logoError = logo
        ? await uploadLogo(logo).then(
            () => null,
            (e: unknown) => e,
          )
        : null;
      return { settings, logoError };
    },
  });
  const refresh = () =>
    Promise.all([INSTANCE_KEY, TAXONOMY_KEY, ['territory'], ME_KEY].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  return { setup, refresh };
}

/** Reads municipalities from a CSV file (first column), with a message per line at fault. */
export function useMunicipalitiesCsv() {
  return useMutation({
    mutationFn: async (file: File) => call(ROUTES.settings.municipalitiesCsv, { body: { csv: await file.text() } }),
  });
}
