import type { EntityManager } from 'typeorm';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { SummaryNarrative } from '@polyphony/contracts';
import { AnnualSummariesService } from '../annual-summaries/annual-summaries.service';
import { AnnualSummaryEntity } from '../annual-summaries/annual-summary.entity';
import { PlanEntity } from '../plan/plan.entity';
import { PlanService } from '../plan/plan.service';
import { UserEntity } from '../users/user.entity';
import { DEMO_PLAN_SLUG } from './demo-plan';
import { demoTimeline } from './demo-timeline';

/** Last year: the year the plan was prepared, before the consultation opened on the platform. */
const LAST_YEAR: SummaryNarrative = {
  introduction: {
    fr: 'Ce premier bilan rend compte de l’année de **préparation** du plan d’internationalisation métropolitain. Les services ont dressé le diagnostic, choisi les indicateurs et fixé leurs valeurs de départ ; la participation en ligne n’avait pas encore commencé, d’où des chiffres de participation à zéro.',
    es: 'Este primer balance da cuenta del año de **preparación** del plan de internacionalización metropolitano. Los servicios elaboraron el diagnóstico, eligieron los indicadores y fijaron sus valores de partida; la participación en línea aún no había empezado, de ahí las cifras de participación a cero.',
    ca: 'Aquest primer balanç dona compte de l’any de **preparació** del pla d’internacionalització metropolità. Els serveis van elaborar la diagnosi, van triar els indicadors i en van fixar els valors de partida; la participació en línia encara no havia començat, d’aquí les xifres de participació a zero.',
    en: 'This first summary reports on the year the metropolitan internationalisation plan was **prepared**. The services drew up the diagnosis, chose the indicators and set their starting values; online participation had not started yet, hence participation figures of zero.',
  },
  highlights: {
    fr: '- Premières mesures de tous les indicateurs quantitatifs, trimestre par trimestre.\n- Partenariats confirmés avec les territoires prioritaires de chaque région du monde.\n- Préparation de la consultation ouverte en début d’année suivante.',
    es: '- Primeras mediciones de todos los indicadores cuantitativos, trimestre a trimestre.\n- Alianzas confirmadas con los territorios prioritarios de cada región del mundo.\n- Preparación de la consulta abierta a principios del año siguiente.',
    ca: '- Primeres mesures de tots els indicadors quantitatius, trimestre a trimestre.\n- Aliances confirmades amb els territoris prioritaris de cada regió del món.\n- Preparació de la consulta oberta a començament de l’any següent.',
    en: '- First measurements of every quantitative indicator, quarter by quarter.\n- Partnerships confirmed with the priority territories of each world region.\n- Preparation of the consultation opened early the following year.',
  },
  challenges: {
    fr: 'Plusieurs indicateurs n’avaient pas de source régulière : il a fallu convenir avec chaque service de qui mesure quoi, et quand.',
    es: 'Varios indicadores no tenían una fuente regular: hubo que acordar con cada servicio quién mide qué, y cuándo.',
    ca: 'Diversos indicadors no tenien una font regular: calia acordar amb cada servei qui mesura què, i quan.',
    en: 'Several indicators had no regular source: each service had to agree on who measures what, and when.',
  },
  outlook: {
    fr: 'L’année prochaine : ouvrir la consultation à tous les publics du territoire, diasporas comprises, et rédiger le plan avec eux.',
    es: 'El año próximo: abrir la consulta a todos los públicos del territorio, diásporas incluidas, y redactar el plan con ellos.',
    ca: 'L’any vinent: obrir la consulta a tots els públics del territori, diàspores incloses, i redactar el pla amb ells.',
    en: 'Next year: open the consultation to everyone in the territory, diasporas included, and draft the plan with them.',
  },
};

/** This year: the consultation, the interviews and the rooms, the plan put to public review. */
const THIS_YEAR: SummaryNarrative = {
  introduction: {
    fr: 'L’année de la **consultation** : habitants, associations, universités, entreprises, institutions et diasporas ont dit ce qu’ils attendent de l’action internationale de la métropole. Leurs contributions ont nourri la synthèse, puis le plan, soumis à l’examen public.',
    es: 'El año de la **consulta**: vecinos, asociaciones, universidades, empresas, instituciones y diásporas dijeron qué esperan de la acción internacional de la metrópolis. Sus aportaciones alimentaron la síntesis y después el plan, sometido a revisión pública.',
    ca: 'L’any de la **consulta**: veïns, associacions, universitats, empreses, institucions i diàspores van dir què esperen de l’acció internacional de la metròpoli. Les seves aportacions van nodrir la síntesi i després el pla, sotmès a revisió pública.',
    en: 'The year of the **consultation**: residents, associations, universities, companies, institutions and diasporas said what they expect from the metropolis’s international action. Their contributions fed the synthesis, then the plan, put to public review.',
  },
  highlights: {
    fr: '- Des entretiens avec les institutions du territoire et des réseaux de villes.\n- Des salons de discussion en direct, en quatre langues.\n- Des propositions citoyennes retenues dans le plan.',
    es: '- Entrevistas con las instituciones del territorio y las redes de ciudades.\n- Salas de debate en directo, en cuatro idiomas.\n- Propuestas ciudadanas incorporadas al plan.',
    ca: '- Entrevistes amb les institucions del territori i les xarxes de ciutats.\n- Sales de debat en directe, en quatre llengües.\n- Propostes ciutadanes incorporades al pla.',
    en: '- Interviews with the territory’s institutions and city networks.\n- Live discussion rooms, in four languages.\n- Citizens’ proposals taken into the plan.',
  },
  challenges: {
    fr: 'Certains indicateurs sont en retard sur leur trajectoire, et les missions en avion pèsent sur le bilan carbone : le train devient la règle pour les trajets de moins de six heures.',
    es: 'Algunos indicadores van por detrás de su trayectoria y las misiones en avión pesan en el balance de carbono: el tren pasa a ser la norma para los trayectos de menos de seis horas.',
    ca: 'Alguns indicadors van per darrere de la seva trajectòria i les missions en avió pesen en el balanç de carboni: el tren esdevé la norma per als trajectes de menys de sis hores.',
    en: 'Some indicators lag behind their trajectory, and flights weigh on the carbon footprint: the train becomes the rule for journeys under six hours.',
  },
  outlook: {
    fr: 'Adopter le plan, publier l’évaluation intermédiaire et rendre compte, action par action, de ce que sont devenues les contributions.',
    es: 'Aprobar el plan, publicar la evaluación intermedia y rendir cuentas, acción por acción, de lo que ha sido de las aportaciones.',
    ca: 'Aprovar el pla, publicar l’avaluació intermèdia i retre comptes, acció per acció, del que ha estat de les aportacions.',
    en: 'Adopt the plan, publish the intermediate evaluation and report, action by action, on what became of the contributions.',
  },
};

/**
 * The demo plan's annual summaries, generated from the demo data through the same service as in
 * the app: last year's published (version 1), this year's a draft. Keyed on the plan and year: a
 * year that already has a summary is left alone, so a second run changes nothing.
 */
export async function seedDemoSummaries(manager: EntityManager, now = new Date()): Promise<void> {
  const plan = await manager.getRepository(PlanEntity).findOneBy({ slug: DEMO_PLAN_SLUG });
  if (!plan) return;
  const official = await manager.getRepository(UserEntity).findOneBy({ email: 'official@demo.polyphony.test' });
  const service = new AnnualSummariesService(
    manager.connection,
    new PlanService(manager.connection, new TaxonomyService(manager.connection)),
  );
  const story = demoTimeline(now);
  const year = story.year;
  const repo = manager.getRepository(AnnualSummaryEntity);
  for (const [y, narrative, publish] of [
    [year - 1, LAST_YEAR, true],
    [year, THIS_YEAR, false],
  ] as const) {
    if (await repo.existsBy({ planId: plan.id, year: y })) continue;
    const id = await service.generateIn(manager, official?.id ?? null, { plan: plan.slug, year: y });
    if (!publish) {
      await repo.update({ id }, { narrative });
      continue;
    }
    // Last year's summary was generated and published on the same day (the story's), not today.
    const publishedAt = story.lastSummaryPublishedAt;
    const { figures } = await repo.findOneByOrFail({ id });
    await repo.update(
      { id },
      {
        narrative,
        figures: { ...figures, generatedAt: publishedAt.toISOString() },
        generatedAt: publishedAt,
        status: 'published',
        publishedAt,
        publishedById: official?.id ?? null,
      },
    );
  }
}
