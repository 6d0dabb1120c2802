/** The demo territory, modelled on the Barcelona Metropolitan Area's 2021-2025 plan (DOMAIN.md). */
export const DEMO_TERRITORY = {
  slug: 'amb-demo',
  country: 'ES',
  name: {
    fr: 'Aire métropolitaine de Barcelone (démo)',
    es: 'Área Metropolitana de Barcelona (demo)',
    ca: 'Àrea Metropolitana de Barcelona (demo)',
    en: 'Barcelona Metropolitan Area (demo)',
  },
  description: {
    fr: "36 communes, 3,2 millions d'habitants : un plan d'internationalisation métropolitain construit avec les institutions, les associations, les universités, les entreprises et les diasporas du territoire.",
    es: '36 municipios y 3,2 millones de habitantes: un plan de internacionalización metropolitano construido con las instituciones, asociaciones, universidades, empresas y diásporas del territorio.',
    ca: "36 municipis i 3,2 milions d'habitants: un pla d'internacionalització metropolità construït amb les institucions, les associacions, les universitats, les empreses i les diàspores del territori.",
    en: '36 municipalities and 3.2 million people: a metropolitan internationalisation plan built with the territory’s institutions, associations, universities, companies and diasporas.',
  },
  municipalities: [
    'Badalona', 'Badia del Vallès', 'Barberà del Vallès', 'Barcelona', 'Begues', 'Castellbisbal', 'Castelldefels',
    'Cerdanyola del Vallès', 'Cervelló', 'Corbera de Llobregat', 'Cornellà de Llobregat', 'El Papiol', 'El Prat de Llobregat',
    'Esplugues de Llobregat', 'Gavà', "L'Hospitalet de Llobregat", 'La Palma de Cervelló', 'Molins de Rei', 'Montcada i Reixac',
    'Montgat', 'Pallejà', 'Ripollet', 'Sant Adrià de Besòs', 'Sant Andreu de la Barca', 'Sant Boi de Llobregat',
    'Sant Climent de Llobregat', 'Sant Cugat del Vallès', 'Sant Feliu de Llobregat', 'Sant Joan Despí', 'Sant Just Desvern',
    'Sant Vicenç dels Horts', 'Santa Coloma de Cervelló', 'Santa Coloma de Gramenet', 'Tiana', 'Torrelles de Llobregat', 'Viladecans',
  ],
};
