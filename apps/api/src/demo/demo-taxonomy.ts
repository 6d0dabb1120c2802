import type { EntityManager } from 'typeorm';
import type { TaxonomyKind, TranslatedText } from '@polyphony/contracts';
import { TaxonomyEntryEntity } from '../taxonomy/taxonomy-entry.entity';

type Entry = [key: string, label: TranslatedText];

/** The reference case's five strategic lines (DOMAIN.md): what used to be the STRATEGIC_LINES enum. */
export const DEMO_STRATEGIC_LINES: Entry[] = [
  [
    'eu_un_agenda',
    { fr: 'Agendas de l’UE et de l’ONU', es: 'Agendas de la UE y la ONU', ca: 'Agendes de la UE i l’ONU', en: 'EU and UN agendas' },
  ],
  [
    'international_funding',
    {
      fr: 'Fonds européens et internationaux',
      es: 'Fondos europeos e internacionales',
      ca: 'Fons europeus i internacionals',
      en: 'European and international funds',
    },
  ],
  [
    'innovation_knowledge',
    { fr: 'Innovation et connaissances', es: 'Innovación y conocimiento', ca: 'Innovació i coneixement', en: 'Innovation and knowledge' },
  ],
  [
    'economic_projection',
    { fr: 'Projection économique', es: 'Proyección económica', ca: 'Projecció econòmica', en: 'Economic projection' },
  ],
  [
    'international_cooperation',
    { fr: 'Coopération internationale', es: 'Cooperación internacional', ca: 'Cooperació internacional', en: 'International cooperation' },
  ],
];

/** Geographic priorities of the reference plan, plus the territory itself and the world. */
export const DEMO_REGIONS: Entry[] = [
  ['local', { fr: 'Le territoire', es: 'El territorio', ca: 'El territori', en: 'The territory' }],
  ['europe', { fr: 'Europe', es: 'Europa', ca: 'Europa', en: 'Europe' }],
  ['mediterranean', { fr: 'Méditerranée', es: 'Mediterráneo', ca: 'Mediterrània', en: 'Mediterranean' }],
  ['latin_america', { fr: 'Amérique latine', es: 'América Latina', ca: 'Amèrica Llatina', en: 'Latin America' }],
  ['africa', { fr: 'Afrique', es: 'África', ca: 'Àfrica', en: 'Africa' }],
  ['asia', { fr: 'Asie', es: 'Asia', ca: 'Àsia', en: 'Asia' }],
  ['north_america', { fr: 'Amérique du Nord', es: 'América del Norte', ca: 'Amèrica del Nord', en: 'North America' }],
  ['global', { fr: 'Monde', es: 'Mundo', ca: 'Món', en: 'Worldwide' }],
];

/** Agendas a proposal or a plan section aligns with, besides the SDGs. */
export const DEMO_AGENDAS: Entry[] = [
  ['new_urban_agenda', { fr: 'Nouvel agenda urbain', es: 'Nueva Agenda Urbana', ca: 'Nova Agenda Urbana', en: 'New Urban Agenda' }],
  ['paris_agreement', { fr: 'Accord de Paris', es: 'Acuerdo de París', ca: 'Acord de París', en: 'Paris Agreement' }],
  [
    'european_green_deal',
    { fr: 'Pacte vert pour l’Europe', es: 'Pacto Verde Europeo', ca: 'Pacte Verd Europeu', en: 'European Green Deal' },
  ],
  ['leipzig_charter', { fr: 'Charte de Leipzig', es: 'Carta de Leipzig', ca: 'Carta de Leipzig', en: 'Leipzig Charter' }],
];

/** Units of the demo plan's indicators. */
export const DEMO_INDICATOR_UNITS: Entry[] = [
  ['documents', { fr: 'documents', es: 'documentos', ca: 'documents', en: 'documents' }],
  ['partnerships', { fr: 'partenariats', es: 'asociaciones', ca: 'associacions', en: 'partnerships' }],
  ['m_eur', { fr: 'M EUR', es: 'M EUR', ca: 'M EUR', en: 'EUR million' }],
  ['people', { fr: 'personnes', es: 'personas', ca: 'persones', en: 'people' }],
  ['companies', { fr: 'entreprises', es: 'empresas', ca: 'empreses', en: 'companies' }],
  ['projects', { fr: 'projets', es: 'proyectos', ca: 'projectes', en: 'projects' }],
  ['applications', { fr: 'candidatures', es: 'candidaturas', ca: 'candidatures', en: 'applications' }],
  ['missions', { fr: 'missions', es: 'misiones', ca: 'missions', en: 'missions' }],
];

export const DEMO_TAXONOMY: Record<TaxonomyKind, Entry[]> = {
  strategic_line: DEMO_STRATEGIC_LINES,
  region: DEMO_REGIONS,
  agenda: DEMO_AGENDAS,
  indicator_unit: DEMO_INDICATOR_UNITS,
};

/** Inserts the reference case's taxonomy; entries already there (same kind and key) are kept as they are. */
export async function seedDemoTaxonomy(manager: EntityManager): Promise<void> {
  const rows = (Object.entries(DEMO_TAXONOMY) as [TaxonomyKind, Entry[]][]).flatMap(([kind, entries]) =>
    entries.map(([key, label], position) => ({ kind, key, label, position })),
  );
  await manager.getRepository(TaxonomyEntryEntity).createQueryBuilder().insert().values(rows).orIgnore().execute();
}
