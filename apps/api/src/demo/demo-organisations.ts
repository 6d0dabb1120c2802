import type { Language, OrganisationCategory } from '@polyphony/contracts';

export interface DemoOrganisation {
  slug: string;
  name: string;
  category: OrganisationCategory;
  country: string;
  city: string;
  website: string | null;
  description: string;
  language: Language;
}

/** About twenty organisations across every category and several countries. Names marked (demo) are fictional. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { slug: 'federacio-veinal-metropolitana', name: 'Federació Veïnal Metropolitana (demo)', category: 'civil_society', country: 'ES', city: 'Barcelona', website: null, language: 'ca', description: "Xarxa d'associacions de veïns dels 36 municipis: habitatge, mobilitat i espai públic." },
  { slug: 'solidaritat-sense-fronteres-bcn', name: 'Solidaritat sense Fronteres BCN (demo)', category: 'civil_society', country: 'ES', city: "L'Hospitalet de Llobregat", website: null, language: 'ca', description: 'ONG de cooperació al desenvolupament amb projectes a Maputo i Dakar.' },
  { slug: 'jovenes-por-el-clima', name: 'Jóvenes por el Clima Barcelona (demo)', category: 'civil_society', country: 'ES', city: 'Barcelona', website: null, language: 'es', description: 'Colectivo juvenil que promueve la acción climática local y las redes europeas de ciudades.' },
  { slug: 'universitat-de-barcelona', name: 'Universitat de Barcelona', category: 'academia', country: 'ES', city: 'Barcelona', website: 'https://www.ub.edu', language: 'ca', description: 'Universitat pública amb una llarga tradició de cooperació internacional i recerca urbana.' },
  { slug: 'universitat-politecnica-de-catalunya', name: 'Universitat Politècnica de Catalunya', category: 'academia', country: 'ES', city: 'Barcelona', website: 'https://www.upc.edu', language: 'ca', description: 'Enginyeria, arquitectura i ciència: transferència de coneixement amb governs locals.' },
  { slug: 'cidob', name: 'CIDOB – Barcelona Centre for International Affairs', category: 'academia', country: 'ES', city: 'Barcelona', website: 'https://www.cidob.org', language: 'en', description: 'Think tank working on global cities, migration and city diplomacy.' },
  { slug: 'cambra-comerc-metropolitana', name: 'Cambra de Comerç Metropolitana (demo)', category: 'private_sector', country: 'ES', city: 'Barcelona', website: null, language: 'ca', description: "Empreses del territori: projecció econòmica internacional i atracció d'inversions." },
  { slug: 'associacio-startups-metropolitanes', name: 'Associació de Startups Metropolitanes (demo)', category: 'private_sector', country: 'ES', city: 'Sant Cugat del Vallès', website: null, language: 'ca', description: 'Empreses emergents de tecnologia urbana, mobilitat i energia.' },
  { slug: 'port-logistica-llobregat', name: 'Port & Logística del Llobregat (demo)', category: 'private_sector', country: 'ES', city: 'El Prat de Llobregat', website: null, language: 'es', description: 'Clúster logístico del delta del Llobregat, abierto al Mediterráneo.' },
  { slug: 'diaspora-senegal-catalunya', name: 'Diàspora Senegal–Catalunya (demo)', category: 'diaspora', country: 'ES', city: 'Badalona', website: null, language: 'fr', description: 'Association de la diaspora sénégalaise : codéveloppement avec Dakar, formation et entrepreneuriat.' },
  { slug: 'colombianos-en-el-area-metropolitana', name: 'Colombianos en el Área Metropolitana (demo)', category: 'diaspora', country: 'ES', city: "L'Hospitalet de Llobregat", website: null, language: 'es', description: 'Red de la diáspora colombiana: puentes con Bogotá y el Valle de Aburrá.' },
  { slug: 'maghreb-mediterrania', name: 'Maghreb–Mediterrània (demo)', category: 'diaspora', country: 'ES', city: 'Santa Coloma de Gramenet', website: null, language: 'fr', description: 'Diasporas marocaine et tunisienne : liens avec Tanger-Tétouan, Tunis et Sfax.' },
  { slug: 'ajuntament-de-cornella', name: 'Ajuntament de Cornellà de Llobregat', category: 'public_institution', country: 'ES', city: 'Cornellà de Llobregat', website: null, language: 'ca', description: 'Municipi metropolità: cooperació i agermanaments.' },
  { slug: 'hospital-metropolita', name: 'Hospital Universitari Metropolità (demo)', category: 'public_institution', country: 'ES', city: 'Badalona', website: null, language: 'ca', description: 'Hospital públic amb programes de salut global i emergències.' },
  { slug: 'greater-manchester-combined-authority', name: 'Greater Manchester Combined Authority', category: 'public_institution', country: 'GB', city: 'Manchester', website: 'https://www.greatermanchester-ca.gov.uk', language: 'en', description: 'Priority European partner metropolis: innovation and net-zero transition.' },
  { slug: 'metropole-de-lyon', name: 'Métropole de Lyon', category: 'public_institution', country: 'FR', city: 'Lyon', website: 'https://www.grandlyon.com', language: 'fr', description: 'Métropole partenaire prioritaire en Europe : mobilité, économie circulaire.' },
  { slug: 'metropolis', name: 'Metropolis – World Association of the Major Metropolises', category: 'international', country: 'ES', city: 'Barcelona', website: 'https://www.metropolis.org', language: 'en', description: 'Global network of metropolitan governments; its secretariat is in Barcelona.' },
  { slug: 'uclg', name: 'UCLG – United Cities and Local Governments', category: 'international', country: 'ES', city: 'Barcelona', website: 'https://www.uclg.org', language: 'en', description: 'World organisation of local and regional governments.' },
  { slug: 'medcities', name: 'MedCities', category: 'international', country: 'ES', city: 'Barcelona', website: 'https://medcities.org', language: 'en', description: 'Network of Mediterranean cities for sustainable urban development.' },
  { slug: 'iclei-europe', name: 'ICLEI Europe', category: 'international', country: 'DE', city: 'Freiburg', website: 'https://iclei-europe.org', language: 'en', description: 'Local Governments for Sustainability, European secretariat.' },
  { slug: 'un-habitat', name: 'UN-Habitat', category: 'international', country: 'KE', city: 'Nairobi', website: 'https://unhabitat.org', language: 'en', description: 'United Nations programme for sustainable human settlements and the New Urban Agenda.' },
  { slug: 'alcaldia-de-san-salvador', name: 'Alcaldía de San Salvador', category: 'public_institution', country: 'SV', city: 'San Salvador', website: null, language: 'es', description: 'Socio latinoamericano: cooperación en gestión de residuos y espacio público.' },
];
