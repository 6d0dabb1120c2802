/** What an admin sends at the end of the wizard: a Catalan metropolis in two languages, three lines. */
export const setupBody = (overrides: Record<string, unknown> = {}) => ({
  name: { ca: 'Àrea Metropolitana de Girona', es: 'Área Metropolitana de Girona' },
  description: { ca: 'Vint-i-set municipis que construeixen junts la seva acció internacional.' },
  kind: 'metropolis',
  country: 'ES',
  timeZone: 'Atlantic/Canary',
  languages: ['ca', 'es'],
  defaultLanguage: 'ca',
  primaryColor: '#1d4f73',
  contactEmail: 'internacional@girona.example',
  municipalities: ['Girona', 'Salt', 'Sarrià de Ter'],
  strategicLines: [
    { label: { es: 'Redes de ciudades', ca: 'Xarxes de ciutats' } },
    { label: { ca: 'Fons europeus' } },
    { label: { ca: 'Cooperació al desenvolupament' } },
  ],
  ...overrides,
});
