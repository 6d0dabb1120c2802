import type { Language, OrganisationCategory, Quotas, TranslatedText } from '@polyphony/contracts';

/**
 * The demo consultation, modelled on the AMB internationalisation plan (DOMAIN.md); its title and plan
 * reference name the demo plan's period (demoTimeline), filled in at seed time.
 */
export const DEMO_CONSULTATION_SLUG = 'pla-internacionalitzacio-metropolitana';

export const DEMO_CONSULTATION = {
  title: {
    fr: 'Plan d’internationalisation métropolitain {period}',
    es: 'Plan de internacionalización metropolitano {period}',
    ca: 'Pla d’internacionalització metropolità {period}',
    en: 'Metropolitan internationalisation plan {period}',
  } satisfies TranslatedText,
  summary: {
    fr: 'Comment la métropole doit-elle agir dans le monde ? Réseaux de villes, fonds européens, coopération, projection économique : dites-nous ce qui compte pour vous.',
    es: '¿Cómo debe actuar la metrópolis en el mundo? Redes de ciudades, fondos europeos, cooperación, proyección económica: cuéntanos qué te importa.',
    ca: 'Com ha d’actuar la metròpolis al món? Xarxes de ciutats, fons europeus, cooperació, projecció econòmica: expliqueu-nos què us importa.',
    en: 'How should the metropolis act in the world? City networks, European funds, cooperation, economic projection: tell us what matters to you.',
  } satisfies TranslatedText,
  body: {
    fr: '## Pourquoi cette consultation\n\nL’action internationale est une **politique publique** : elle doit améliorer la vie des habitants. Le plan répond à **8 défis** (politiques durables, innovation, projection économique, cohésion sociale et territoriale, transformation des modèles productifs, agendas européens et internationaux, financements internationaux, gestion des connaissances) et s’organise en **5 lignes stratégiques**.\n\n## Comment participer\n\n- Répondez au questionnaire (10 minutes).\n- Les institutions du territoire sont rencontrées en entretiens et réunions.\n- Suivez l’équilibre des voix entendues sur la page publique.',
    es: '## Por qué esta consulta\n\nLa acción internacional es una **política pública**: debe mejorar la vida de los habitantes. El plan responde a **8 retos** (políticas sostenibles, innovación, proyección económica, cohesión social y territorial, transformación de los modelos productivos, agendas europeas e internacionales, financiación internacional, gestión del conocimiento) y se organiza en **5 líneas estratégicas**.\n\n## Cómo participar\n\n- Responde al cuestionario (10 minutos).\n- Nos reunimos con las instituciones del territorio en entrevistas y reuniones.\n- Sigue el equilibrio de las voces escuchadas en la página pública.',
    ca: '## Per què aquesta consulta\n\nL’acció internacional és una **política pública**: ha de millorar la vida dels habitants. El pla respon a **8 reptes** (polítiques sostenibles, innovació, projecció econòmica, cohesió social i territorial, transformació dels models productius, agendes europees i internacionals, finançament internacional, gestió del coneixement) i s’organitza en **5 línies estratègiques**.\n\n## Com participar\n\n- Responeu el qüestionari (10 minuts).\n- Ens reunim amb les institucions del territori en entrevistes i reunions.\n- Seguiu l’equilibri de les veus escoltades a la pàgina pública.',
    en: '## Why this consultation\n\nInternational action is a **public policy**: it must improve residents’ lives. The plan answers **8 challenges** (sustainable policies, innovation, economic projection, social and territorial cohesion, transforming productive models, European and international agendas, international funding, knowledge management) and is organised in **5 strategic lines**.\n\n## How to take part\n\n- Answer the questionnaire (10 minutes).\n- The territory’s institutions are met in interviews and meetings.\n- Follow the balance of voices heard on the public page.',
  } satisfies TranslatedText,
  languages: ['fr', 'es', 'ca', 'en'] as Language[],
  quotas: {
    resident: 30,
    civil_society: 15,
    academia: 12,
    private_sector: 12,
    diaspora: 10,
    public_institution: 13,
    international: 8,
  } satisfies Quotas,
  planReference: 'Pla d’internacionalització metropolità {period}',
};

/** Days from today: the consultation phase is running now. */
export const DEMO_PHASES = [
  { kind: 'diagnostic', from: -90, to: -71 },
  { kind: 'consultation', from: -70, to: 30 },
  { kind: 'co_drafting', from: 31, to: 75 },
  { kind: 'public_review', from: 76, to: 105 },
  { kind: 'monitoring', from: 106, to: null }, // until the plan's last day (demoTimeline)
] as const;

export const DEMO_GUIDE: TranslatedText[] = [
  {
    fr: 'Quelles relations internationales votre institution entretient-elle aujourd’hui ?',
    es: '¿Qué relaciones internacionales mantiene hoy su institución?',
    ca: 'Quines relacions internacionals manté avui la vostra institució?',
    en: 'Which international relations does your institution have today?',
  },
  {
    fr: 'Quels défis du plan vous concernent le plus ?',
    es: '¿Qué retos del plan le afectan más?',
    ca: 'Quins reptes del pla us afecten més?',
    en: 'Which of the plan’s challenges matter most to you?',
  },
  {
    fr: 'Quels réseaux et partenaires prioriser, et dans quelles régions ?',
    es: '¿Qué redes y socios priorizar, y en qué regiones?',
    ca: 'Quines xarxes i socis cal prioritzar, i a quines regions?',
    en: 'Which networks and partners should come first, and in which regions?',
  },
  {
    fr: 'Comment mobiliser les fonds européens et internationaux ?',
    es: '¿Cómo movilizar los fondos europeos e internacionales?',
    ca: 'Com mobilitzar els fons europeus i internacionals?',
    en: 'How can European and international funds be mobilised?',
  },
  {
    fr: 'Que peut apporter votre institution au plan ?',
    es: '¿Qué puede aportar su institución al plan?',
    ca: 'Què pot aportar la vostra institució al pla?',
    en: 'What can your institution bring to the plan?',
  },
  {
    fr: 'Comment mesurer et rendre compte des résultats ?',
    es: '¿Cómo medir y rendir cuentas de los resultados?',
    ca: 'Com mesurar i retre comptes dels resultats?',
    en: 'How should results be measured and reported?',
  },
];

export interface DemoInstitution {
  name: string;
  category: OrganisationCategory;
  country: string;
}

/** Institutions met that are not on the platform (named institutions). "(demo)": fictional. */
export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  ...[
    'Ajuntament de l’Hospitalet de Llobregat',
    'Ajuntament de Badalona',
    'Ajuntament de Sant Adrià de Besòs',
    'Ajuntament de Santa Coloma de Gramenet',
    'Ajuntament del Prat de Llobregat',
    'Ajuntament de Sant Boi de Llobregat',
    'Ajuntament de Castelldefels',
    'Ajuntament de Gavà',
    'Ajuntament de Viladecans',
    'Ajuntament de Sant Cugat del Vallès',
    'Ajuntament de Cerdanyola del Vallès',
    'Ajuntament de Ripollet',
    'Ajuntament de Montcada i Reixac',
    'Ajuntament d’Esplugues de Llobregat',
    'Ajuntament de Sant Joan Despí',
    'Ajuntament de Sant Feliu de Llobregat',
    'Ajuntament de Molins de Rei',
    'Ajuntament de Badia del Vallès',
    'Ajuntament de Barberà del Vallès',
    'Ajuntament de Sant Just Desvern',
    'Agència Metropolitana de Desenvolupament Econòmic (demo)',
    'Servei Metropolità de Mobilitat (demo)',
    'Servei Metropolità d’Aigua i Residus (demo)',
    'Institut Metropolità d’Habitatge (demo)',
    'Oficina Tècnica de Cooperació Metropolitana (demo)',
  ].map((name) => ({ name, category: 'public_institution' as const, country: 'ES' })),
  ...(
    [
      ['Città metropolitana di Milano', 'IT'],
      ['Città metropolitana di Torino', 'IT'],
      ['Área Metropolitana do Porto', 'PT'],
      ['Górnośląsko-Zagłębiowska Metropolia (GZM)', 'PL'],
      ['Vervoerregio Amsterdam', 'NL'],
      ['Metropoolregio Rotterdam Den Haag', 'NL'],
      ['Métropole du Grand Paris', 'FR'],
      ['Métropole Aix-Marseille-Provence', 'FR'],
      ['Città metropolitana di Roma Capitale', 'IT'],
      ['Commune de Tunis', 'TN'],
      ['Commune de Sfax', 'TN'],
      ['Conseil régional Tanger-Tétouan-Al Hoceïma', 'MA'],
      ['Área Metropolitana del Valle de Aburrá', 'CO'],
      ['Intendencia de Montevideo', 'UY'],
      ['Gobierno de la Ciudad de México', 'MX'],
      ['Gobierno de Guadalajara', 'MX'],
      ['Alcaldía Mayor de Bogotá', 'CO'],
      ['Gobierno Regional Metropolitano de Santiago', 'CL'],
      ['Seoul Metropolitan Government', 'KR'],
      ['Guangzhou Municipal Government', 'CN'],
      ['Communauté métropolitaine de Montréal', 'CA'],
      ['Gauteng City-Region Observatory', 'ZA'],
      ['Conselho Municipal de Maputo', 'MZ'],
      ['Ville de Dakar', 'SN'],
    ] as const
  ).map(([name, country]) => ({ name, category: 'public_institution' as const, country })),
  ...(
    [
      ['Eurocities', 'BE'],
      ['European Metropolitan Authorities (EMA)', 'ES'],
      ['UITP – International Association of Public Transport', 'BE'],
      ['ACR+', 'BE'],
      ['OECD – Centre for Entrepreneurship, SMEs, Regions and Cities', 'FR'],
      ['European Committee of the Regions', 'BE'],
      ['UCLG Africa', 'MA'],
      ['CGLU Mediterranean Commission (demo)', 'ES'],
      ['UNDP Local Development Hub (demo)', 'CH'],
      ['Union for the Mediterranean', 'ES'],
    ] as const
  ).map(([name, country]) => ({ name, category: 'international' as const, country })),
  ...(
    [
      ['Universitat Autònoma de Barcelona', 'ES'],
      ['Universitat Pompeu Fabra', 'ES'],
      ['ISGlobal', 'ES'],
      ['Institut Barcelona d’Estudis Internacionals (IBEI)', 'ES'],
      ['Institut d’Estudis Regionals i Metropolitans (IERMB)', 'ES'],
      ['Barcelona Supercomputing Center', 'ES'],
      ['University of Manchester – Urban Institute', 'GB'],
      ['Sciences Po Urban School', 'FR'],
    ] as const
  ).map(([name, country]) => ({ name, category: 'academia' as const, country })),
  ...(
    [
      ['Fira de Barcelona', 'ES'],
      ['Mercabarna', 'ES'],
      ['Barcelona Tech City', 'ES'],
      ['Port de Barcelona', 'ES'],
      ['Clúster de l’Energia Eficient (demo)', 'ES'],
      ['Associació d’Empreses del Besòs (demo)', 'ES'],
      ['Barcelona Global', 'ES'],
    ] as const
  ).map(([name, country]) => ({ name, category: 'private_sector' as const, country })),
  ...(
    [
      ['Lafede.cat – Organitzacions per a la Justícia Global', 'ES'],
      ['Creu Roja Metropolitana (demo)', 'ES'],
      ['Fons Català de Cooperació al Desenvolupament', 'ES'],
      ['Xarxa de Joves pel Clima Metropolitana (demo)', 'ES'],
      ['Associació de Veïns del Besòs (demo)', 'ES'],
    ] as const
  ).map(([name, country]) => ({ name, category: 'civil_society' as const, country })),
  ...(
    [
      ['Federació d’Entitats Llatinoamericanes de Catalunya (demo)', 'ES'],
      ['Associació Catalano-Xinesa (demo)', 'ES'],
      ['Comunitat Pakistanesa Metropolitana (demo)', 'ES'],
      ['Diáspora Ecuatoriana en Barcelona (demo)', 'ES'],
      ['Casal Filipí de Barcelona (demo)', 'ES'],
    ] as const
  ).map(([name, country]) => ({ name, category: 'diaspora' as const, country })),
];

/** Statements heard in the interviews, in the language they were said. */
export const DEMO_KEY_POINTS: Record<OrganisationCategory, string[]> = {
  public_institution: [
    'Els municipis petits necessiten suport tècnic per accedir als fons europeus.',
    'La cooperació amb Maputo i Dakar ha de ser compartida entre diversos ajuntaments.',
    'La mobilité métropolitaine doit s’inspirer des réseaux express régionaux européens.',
    'Un portafolio común de proyectos para Next Generation EU evitaría la competencia entre municipios.',
    'We should exchange staff with Greater Manchester on net-zero housing retrofit.',
    'Cal un resum anual curt i accessible de l’acció internacional per als veïns.',
    'La gestión del agua y los residuos es nuestra mejor carta en el Mediterráneo.',
  ],
  international: [
    'Metropolitan areas need a direct seat in the Urban Agenda for the EU partnerships.',
    'La voix des métropoles compte davantage quand elles parlent ensemble dans les réseaux.',
    'Align every action with the SDGs and report against them, not only against spending.',
    'La coopération méditerranéenne devrait passer par des projets concrets sur l’eau.',
  ],
  academia: [
    'La universitat pot liderar la transferència de coneixement amb les ciutats sòcies.',
    'Faltan indicadores de impacto: medir resultados, no solo actividades.',
    'Doctoral programmes with partner metropolises would anchor long-term links.',
    'Les données métropolitaines ouvertes permettraient une évaluation indépendante du plan.',
  ],
  private_sector: [
    'La projecció econòmica ha d’incloure les pimes, no només les grans empreses.',
    'Las misiones comerciales conjuntas con Lyon y Milán darían más peso al territorio.',
    'Talent attraction needs faster visas and recognition of foreign diplomas.',
  ],
  civil_society: [
    'L’acció internacional s’ha d’explicar als barris: per a què serveix?',
    'Las asociaciones deben participar en el seguimiento, no solo en la consulta.',
    'La coopération doit respecter les priorités des partenaires du Sud.',
  ],
  diaspora: [
    'Les diasporas sont des ponts naturels avec Dakar, Tunis et Tanger : associez-nous.',
    'Los colombianos del área metropolitana podemos acercar Medellín y el Valle de Aburrá.',
    'Cal reconèixer les associacions de la diàspora com a actors de cooperació.',
  ],
};
