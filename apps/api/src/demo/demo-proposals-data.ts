import type { ProposalStatus, StrategicLine, WorldRegion } from '@polyphony/contracts';

/** [author e-mail prefix, line, SDG targets, regions, partners, status, co-authored by an association and a diaspora association, title, body] */
type Row = [string, StrategicLine, string[], WorldRegion[], string[], ProposalStatus, boolean, string, string];

export const DEMO_PROPOSALS: Row[] = [
  ['civil-society', 'international_cooperation', ['11.6', '17.17'], ['africa'], ['Dakar'], 'accepted', true, 'Programme d’échange Dakar–Barcelone sur la gestion des déchets', 'Des techniciens des deux métropoles et des associations de la diaspora sénégalaise travaillent ensemble sur la **collecte sélective** et le recyclage.\n\n- deux missions par an\n- un guide partagé'],
  ['diaspora', 'international_cooperation', ['10.c', '17.3'], ['africa'], ['Dakar', 'Thiès'], 'under_evaluation', true, 'Réduire le coût des transferts d’argent de la diaspora', 'Négocier avec les banques et les coopératives un service de transfert à bas coût pour les familles de la diaspora, lié à des projets de codéveloppement.'],
  ['diaspora-colombia', 'international_cooperation', ['16.7', '17.17'], ['latin_america'], ['Medellín', 'Valle de Aburrá'], 'partially_accepted', true, 'Red de intercambio con el Valle de Aburrá sobre urbanismo social', 'Intercambio de experiencias entre barrios de la metrópolis y comunas de Medellín sobre **urbanismo social** y participación juvenil.'],
  ['civil-society', 'eu_un_agenda', ['11.3', '16.7'], ['europe'], ['Bruxelles'], 'submitted', true, 'Veus dels barris a les xarxes europees de ciutats', 'Que les associacions veïnals participin en les delegacions metropolitanes a Eurocities i Metropolis amb una plaça rotatòria.'],
  ['academia', 'innovation_knowledge', ['9.5', '17.6'], ['europe'], ['Greater Manchester'], 'accepted', false, 'Two-way knowledge transfer with Greater Manchester on digital services', 'Joint research placements between our universities and the Greater Manchester Combined Authority on digital public services.'],
  ['private-sector', 'economic_projection', ['8.2', '8.3'], ['europe', 'north_america'], ['Montréal'], 'submitted', false, 'Missió empresarial conjunta a Montreal', 'Organitzar una missió d’empreses tecnològiques metropolitanes a Montreal amb la Cambra de Comerç.'],
  ['resident', 'international_funding', ['11.2', '13.2'], ['local', 'europe'], [], 'under_evaluation', false, 'Presentar la xarxa de bicicleta metropolitana als fons Next Generation', 'Un projecte comú dels municipis per completar els carrils bici entre municipis amb fons europeus.'],
  ['participant', 'international_cooperation', ['4.7'], ['mediterranean'], ['Tunis'], 'not_retained', false, 'Jumelage scolaire avec Tunis', 'Des échanges de classes entre collèges de la métropole et de Tunis, avec des projets sur la Méditerranée.'],
  ['public-institution', 'international_cooperation', ['3.8', '3.d'], ['africa'], ['Maputo'], 'accepted', false, 'Cooperació hospitalària amb Maputo en emergències', 'L’hospital metropolità forma equips d’emergències de Maputo i rep professionals en estades de tres mesos.'],
  ['international', 'eu_un_agenda', ['11.a', '17.16'], ['global'], [], 'submitted', false, 'Host a UN-Habitat urban lab in the metropolis', 'Offer space and staff for a UN-Habitat urban lab on metropolitan governance and the New Urban Agenda.'],
  ['civil-society', 'international_cooperation', ['6.b', '6.a'], ['mediterranean'], ['Sfax'], 'merged', true, 'Gestió comunitària de l’aigua amb Sfax', 'Projecte amb associacions de Sfax sobre la gestió comunitària de l’aigua i la reutilització.'],
  ['diaspora', 'economic_projection', ['8.3', '5.5'], ['africa', 'local'], ['Dakar'], 'submitted', true, 'Incubateur pour les entrepreneuses de la diaspora', 'Un programme d’incubation pour les femmes de la diaspora qui créent des entreprises entre la métropole et l’Afrique de l’Ouest.'],
  ['academia', 'eu_un_agenda', ['13.3', '4.7'], ['europe'], [], 'under_evaluation', false, 'Observatorio metropolitano de la Agenda 2030', 'Un observatorio universitario que mida cada año el avance de los ODS en la metrópolis, con datos abiertos.'],
  ['resident', 'international_funding', ['7.2', '13.2'], ['local'], [], 'submitted', false, 'Comunitats energètiques als polígons amb fons europeus', 'Finançar amb fons europeus plaques solars compartides en polígons industrials.'],
  ['private-sector', 'economic_projection', ['9.2', '12.6'], ['mediterranean'], ['Tanger'], 'partially_accepted', false, 'Corredor logístic sostenible amb Tànger', 'Un acord entre el port i Tànger Med per a un corredor de mercaderies amb menys emissions.'],
  ['participant', 'innovation_knowledge', ['16.10', '16.6'], ['local'], [], 'accepted', false, 'Publier chaque année un résumé court de l’action internationale', 'Un document de quatre pages, en quatre langues, qui dit ce que la métropole a fait à l’international et ce que cela a apporté aux habitants.'],
  ['diaspora-colombia', 'economic_projection', ['8.9'], ['latin_america'], ['Bogotá'], 'submitted', true, 'Ruta cultural de la diáspora colombiana', 'Una ruta turística y cultural por los barrios con comercio colombiano, en colaboración con Bogotá.'],
  ['international', 'eu_un_agenda', ['13.1', '11.b'], ['europe'], ['Lyon'], 'under_evaluation', false, 'Plan commun d’adaptation climatique avec la Métropole de Lyon', 'Partager les méthodes d’adaptation aux vagues de chaleur entre les deux métropoles et candidater ensemble aux fonds LIFE.'],
  ['civil-society', 'international_cooperation', ['10.2', '16.b'], ['local'], [], 'not_retained', true, 'Oficina d’acollida per a persones migrants nouvingudes', 'Una oficina metropolitana que acompanyi les persones nouvingudes, gestionada amb les associacions de diàspores.'],
  ['public-institution', 'innovation_knowledge', ['17.9'], ['latin_america'], ['San Salvador'], 'submitted', false, 'Asistencia técnica a San Salvador en gestión de residuos', 'Enviar equipos técnicos a San Salvador para apoyar el nuevo sistema de recogida de residuos.'],
  ['resident', 'eu_un_agenda', ['11.7'], ['local'], [], 'submitted', false, 'More shade and water fountains in public squares', 'Use the European Green Deal to fund trees, shade and fountains in the squares of every municipality.'],
  ['academia', 'international_funding', ['9.5'], ['europe'], [], 'accepted', false, 'Oficina de projectes europeus compartida amb les universitats', 'Una oficina tècnica comuna que ajudi els municipis petits a presentar projectes Horizon Europe.'],
  ['diaspora', 'international_cooperation', ['2.3', '12.3'], ['africa'], ['Ziguinchor'], 'submitted', true, 'Coopératives agricoles avec la Casamance', 'Appuyer des coopératives agricoles de Casamance et vendre leurs produits dans les marchés municipaux.'],
  ['private-sector', 'innovation_knowledge', ['9.c', '17.8'], ['asia'], ['Seoul'], 'under_evaluation', false, 'Smart city exchange with Seoul', 'A technical exchange with Seoul on open urban data platforms and mobility apps.'],
  ['participant', 'eu_un_agenda', ['5.1', '5.5'], ['europe'], [], 'submitted', false, 'Une délégation paritaire dans chaque réseau de villes', 'Les délégations de la métropole dans les réseaux internationaux doivent être paritaires.'],
  ['civil-society', 'international_cooperation', ['16.1'], ['latin_america'], ['Santiago de Chile'], 'partially_accepted', false, 'Intercanvi sobre prevenció de la violència juvenil amb Santiago', 'Programa d’intercanvi d’educadors socials entre la metròpolis i Santiago de Xile.'],
  ['international', 'international_funding', ['17.3', '11.c'], ['africa'], ['Gauteng'], 'submitted', false, 'Joint funding bid with Gauteng for affordable housing', 'Prepare with Gauteng a joint bid to international funds for affordable housing pilots.'],
  ['resident', 'economic_projection', ['8.9', '11.4'], ['local'], [], 'not_retained', false, 'Taxa turística per finançar la cooperació', 'Destinar una part de la taxa turística a projectes de cooperació internacional.'],
  ['diaspora-colombia', 'innovation_knowledge', ['4.4'], ['latin_america'], ['Medellín'], 'submitted', true, 'Becas de formación técnica para jóvenes de la diáspora', 'Becas para que jóvenes de la diáspora se formen en oficios técnicos con prácticas en empresas de Medellín y de la metrópolis.'],
  ['public-institution', 'eu_un_agenda', ['3.d', '17.16'], ['europe'], [], 'submitted', false, 'Xarxa europea d’hospitals per a emergències climàtiques', 'Que l’hospital metropolità lideri una xarxa europea de preparació davant onades de calor.'],
  ['academia', 'innovation_knowledge', ['17.18'], ['global'], [], 'under_evaluation', false, 'Open data on the metropolis’s international partnerships', 'Publish every partnership, its budget and its results as open data.'],
  ['participant', 'international_cooperation', ['14.1'], ['mediterranean'], ['Marseille'], 'submitted', false, 'Nettoyage partagé du littoral avec Aix-Marseille', 'Une journée annuelle de nettoyage des plages organisée avec Aix-Marseille-Provence et les écoles.'],
  ['private-sector', 'international_funding', ['7.3'], ['europe'], [], 'accepted', false, 'Rehabilitació energètica d’edificis amb fons europeus', 'Un programa metropolità per rehabilitar edificis amb el suport del Fons Social per al Clima.'],
  ['diaspora', 'eu_un_agenda', ['10.7'], ['africa', 'europe'], [], 'submitted', false, 'Les diasporas dans la délégation aux sommets Europe–Afrique', 'Inviter des représentants des diasporas dans la délégation métropolitaine aux rencontres Europe–Afrique des villes.'],
  ['resident', 'innovation_knowledge', ['4.7', '16.10'], ['local'], [], 'submitted', false, 'Talleres en los barrios sobre la acción internacional', 'Talleres abiertos en cada barrio para explicar qué hace la metrópolis en el mundo y recoger ideas.'],
  ['international', 'eu_un_agenda', ['11.3'], ['latin_america', 'europe'], ['Montevideo'], 'partially_accepted', false, 'Metropolitan governance peer review with Montevideo', 'A peer review of metropolitan governance between our metropolis and Montevideo, through the Metropolis network.'],
  ['civil-society', 'economic_projection', ['12.7'], ['local'], [], 'submitted', true, 'Compra pública responsable amb proveïdors de la diàspora', 'Clàusules socials perquè les cooperatives de la diàspora puguin accedir a la compra pública.'],
  ['academia', 'international_cooperation', ['4.b'], ['africa'], ['Dakar'], 'submitted', false, 'Becas de máster para estudiantes de Dakar', 'Diez becas anuales de máster en gestión urbana para estudiantes de la Universidad de Dakar.'],
  ['civil-society', 'international_cooperation', ['11.1'], ['africa'], ['Dakar'], 'draft', true, 'Habitatge cooperatiu: intercanvi amb Dakar', 'Esborrany: un intercanvi entre cooperatives d’habitatge de la metròpolis i de Dakar.'],
  ['diaspora', 'international_cooperation', ['3.8'], ['africa'], ['Dakar'], 'draft', false, 'Télémédecine entre l’hôpital métropolitain et Dakar', 'Brouillon : des consultations à distance entre spécialistes.'],
];

export const DEMO_COMMENTS = [
  'Molt bona idea, cal incloure-hi les escoles.',
  'Il faudrait préciser le budget nécessaire.',
  '¿Quién coordinaría el proyecto desde la metrópolis?',
  'Great proposal: the networks already have funding lines for this.',
  'Je soutiens, mais avec un calendrier réaliste.',
  'Caldria comptar amb els municipis petits.',
  'Podríamos sumar a las universidades.',
];

export const DEMO_ANSWERS: Partial<Record<ProposalStatus, string>> = {
  accepted: 'La proposta s’incorpora al pla com a acció de la línia corresponent, amb un pressupost i un calendari que es publicaran.',
  partially_accepted: 'Es retenen els intercanvis tècnics; la resta es revisarà a l’avaluació intermèdia.',
  not_retained: 'No és competència metropolitana: la traslladem als ajuntaments, que en poden fer el seguiment.',
  merged: 'Es fusiona amb una proposta més àmplia sobre el mateix territori per evitar duplicar esforços.',
  under_evaluation: 'Els serveis tècnics n’estan analitzant la viabilitat.',
};
