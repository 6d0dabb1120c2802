/**
 * Training text for the character n-gram language model: everyday and civic prose written
 * for this project, plus each language's commonest function words (which carry most of the
 * Catalan/Spanish and French/Catalan distinction on short sentences).
 */
export const LANGUAGE_SAMPLES: Record<'fr' | 'es' | 'ca' | 'en', string> = {
  fr: `Nous avons besoin d'un meilleur réseau de bus et de tramway entre les communes de la métropole.
Le prix des loyers augmente chaque année et les jeunes quittent le quartier. Il faudrait que la ville
construise davantage de logements sociaux près des gares. Les associations du quartier organisent
des rencontres avec des villes jumelles en Afrique et en Amérique latine. Je pense que l'Union
européenne peut financer ces projets si nous préparons de bons dossiers. Mon fils étudie à
l'université et il voudrait partir un semestre à l'étranger. Les entreprises locales cherchent
des partenaires internationaux pour exporter leurs produits. Il est important de protéger les
espaces verts, de planter des arbres et de réduire la pollution de l'air. La culture, les musées
et les festivals attirent des visiteurs du monde entier. Pourquoi la mairie ne publie-t-elle pas
les résultats de la consultation ? Elle doit rendre des comptes aux habitants. Ce matin, il
pleuvait et le métro était en retard, comme d'habitude. On aimerait que les élus écoutent
davantage les personnes âgées. Les membres de la diaspora peuvent être des ambassadeurs de notre
territoire. Cette année, nous avons reçu beaucoup de jeunes chercheurs étrangers.
le la les des une un du au aux et est sont que qui dans pour pas sur avec ce cette ces nous vous
ils elles leur leurs mais ou où donc car ne plus très aussi être avoir fait faut été peut sont
notre nos votre vos entre chez sans sous depuis pendant toujours jamais déjà encore quand comme`,
  es: `Necesitamos una mejor red de autobuses y tranvías entre los municipios del área metropolitana.
El precio del alquiler sube cada año y los jóvenes se van del barrio. Haría falta que el ayuntamiento
construyera más viviendas sociales cerca de las estaciones. Las asociaciones del barrio organizan
encuentros con ciudades hermanas en África y en América Latina. Creo que la Unión Europea puede
financiar estos proyectos si preparamos buenas candidaturas. Mi hija estudia en la universidad y
quiere irse un semestre al extranjero. Las empresas locales buscan socios internacionales para
exportar sus productos. Es importante proteger los espacios verdes, plantar árboles y reducir la
contaminación del aire. La cultura, los museos y los festivales atraen visitantes de todo el mundo.
¿Por qué el ayuntamiento no publica los resultados de la consulta? Tiene que rendir cuentas a los
vecinos. Esta mañana llovía y el metro llegaba tarde, como siempre. Nos gustaría que los
responsables políticos escucharan más a las personas mayores. Los miembros de la diáspora pueden
ser embajadores de nuestro territorio. Este año hemos recibido muchos jóvenes investigadores.
el la los las del al un una unos unas y es son que en por para con pero como más muy también
este esta estos estas ese esa nuestro nuestra sus hay ha han fue ser estar está están desde hasta
cuando donde porque sin sobre entre todo todos ya aún siempre nunca hacer hace puede pueden ello`,
  ca: `Necessitem una xarxa millor d'autobusos i tramvies entre els municipis de l'àrea metropolitana.
El preu del lloguer puja cada any i els joves marxen del barri. Caldria que l'ajuntament construís
més habitatge social a prop de les estacions. Les associacions del barri organitzen trobades amb
ciutats agermanades a l'Àfrica i a l'Amèrica Llatina. Crec que la Unió Europea pot finançar aquests
projectes si preparem bones candidatures. La meva filla estudia a la universitat i vol marxar un
semestre a l'estranger. Les empreses locals busquen socis internacionals per exportar els seus
productes. És important protegir els espais verds, plantar arbres i reduir la contaminació de
l'aire. La cultura, els museus i els festivals atrauen visitants de tot el món. Per què
l'ajuntament no publica els resultats de la consulta? Ha de retre comptes als veïns. Aquest matí
plovia i el metro arribava tard, com sempre. Ens agradaria que els responsables polítics
escoltessin més la gent gran. Els membres de la diàspora poden ser ambaixadors del nostre
territori. Aquest any hem rebut molts joves investigadors estrangers i ens n'alegrem.
el la els les del dels al als un una uns unes i és són que en per amb però com més molt també
aquest aquesta aquests aquestes aquell nostre nostra seus seves hi ha han va ser estar està estan
des fins quan on perquè sense sobre entre tot tots ja encara sempre mai fer fa pot poden cal
`,
  en: `We need a better network of buses and trams between the towns of the metropolitan area.
Rents go up every year and young people are leaving the neighbourhood. The council should build
more social housing near the stations. Local associations organise meetings with twin cities in
Africa and Latin America. I think the European Union can fund these projects if we prepare good
applications. My daughter studies at the university and wants to spend a semester abroad. Local
companies are looking for international partners to export their products. It is important to
protect green spaces, plant trees and reduce air pollution. Culture, museums and festivals attract
visitors from all over the world. Why does the city hall not publish the results of the
consultation? It has to be accountable to residents. This morning it was raining and the
underground was late, as always. We would like our elected officials to listen more to older
people. Members of the diaspora can be ambassadors for our region. This year we welcomed many
young researchers from other countries, which makes us proud.
the of and to a in is are that for with on as by this these those be was were have has had not
but or which who what when where why there their they we our you your it its from at will would
should can could more most very also all any some only about into than then them been being`,
};
