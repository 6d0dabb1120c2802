import { route, type FileResponse } from '../common/routes';
import { consentRequestSchema, savePublicTextRequestSchema } from './public-texts.contracts';
import { createTaxonomyEntryRequestSchema, updateTaxonomyEntryRequestSchema } from './taxonomy.contracts';
import {
  logoUploadRequestSchema,
  municipalitiesCsvRequestSchema,
  setupRequestSchema,
  updateSettingsRequestSchema,
} from './settings.contracts';
import type { ConsentStatus, PublicText, PublicTexts } from './public-texts.contracts';
import type { Taxonomy, TaxonomyEntry } from './taxonomy.contracts';
import type { Instance, MunicipalitiesCsvResult, TerritorySettings } from './settings.contracts';

/** PublicTextsController (public-texts/public-texts.controller.ts). */
export const PUBLIC_TEXTS_ROUTES = {
  current: route('GET', '/public-texts').returns<PublicTexts>(),
  save: route('PUT', '/public-texts/:kind', { body: savePublicTextRequestSchema }).returns<PublicText>(),
  status: route('GET', '/consent').returns<ConsentStatus>(),
  consent: route('POST', '/consent', { body: consentRequestSchema }).returns<ConsentStatus>(),
} as const;

/** TaxonomyController (taxonomy/taxonomy.controller.ts). */
export const TAXONOMY_ROUTES = {
  all: route('GET', '/taxonomy').returns<Taxonomy>(),
  create: route('POST', '/taxonomy', { body: createTaxonomyEntryRequestSchema }).returns<TaxonomyEntry>(),
  update: route('PATCH', '/taxonomy/:id', { body: updateTaxonomyEntryRequestSchema }).returns<TaxonomyEntry>(),
  remove: route('DELETE', '/taxonomy/:id').returns<void>(),
} as const;

/** SettingsController (territory/settings.controller.ts). */
export const SETTINGS_ROUTES = {
  instance: route('GET', '/instance').returns<Instance>(),
  logo: route('GET', '/instance/logo').returns<FileResponse<`image/${string}`>>(),
  setup: route('POST', '/setup', { body: setupRequestSchema }).returns<TerritorySettings>(),
  settings: route('GET', '/settings').returns<TerritorySettings>(),
  update: route('PUT', '/settings', { body: updateSettingsRequestSchema }).returns<TerritorySettings>(),
  setLogo: route('PUT', '/settings/logo', { body: logoUploadRequestSchema }).returns<TerritorySettings>(),
  removeLogo: route('DELETE', '/settings/logo').returns<TerritorySettings>(),
  municipalitiesCsv: route('POST', '/settings/municipalities/csv', {
    body: municipalitiesCsvRequestSchema,
  }).returns<MunicipalitiesCsvResult>(),
} as const;
