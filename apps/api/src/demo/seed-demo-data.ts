import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TerritoryEntity } from '../territory/territory.entity';
import { UserEntity } from '../users/user.entity';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_TERRITORY } from './demo-territory';
import { seedDemoTaxonomy } from './demo-taxonomy';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { seedDemoConsultation, seedDemoQuestionnaireIfPresent } from './demo-consultation';
import { seedDemoProposals } from './demo-proposals';
import { seedDemoSynthesis } from './demo-synthesis';
import { seedDemoRooms } from './demo-rooms';
import { seedDemoPlan } from './demo-plan';
import { seedDemoAccountability } from './demo-accountability';
import { seedDemoSummaries } from './demo-summaries';
import { seedDemoEvaluations } from './demo-evaluations';

/**
 * Loads the demo data when the territory is not there yet. Every step is keyed on a
 * natural key (slug, e-mail) and skips what exists, so running it twice changes nothing.
 * Later features add their own demo sets here, in the same style.
 */
export async function seedDemoData(db: DataSource, log: (message: string) => void): Promise<boolean> {
  if (await db.getRepository(TerritoryEntity).existsBy({ slug: DEMO_TERRITORY.slug })) return false;
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (manager) => {
    await manager.getRepository(TerritoryEntity).upsert(DEMO_TERRITORY, ['slug']);
    await seedDemoTaxonomy(manager);

    const orgs = manager.getRepository(OrganisationEntity);
    await orgs
      .createQueryBuilder()
      .insert()
      .values(DEMO_ORGANISATIONS.map(({ language, ...o }) => ({ ...o, descriptionLanguage: language })))
      .orIgnore()
      .execute();
    const orgIds = new Map((await orgs.find({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));

    const users = manager.getRepository(UserEntity);
    for (const u of DEMO_USERS) {
      let user = await users.findOneBy({ email: u.email });
      user ??= await users.save(
        users.create({
          email: u.email,
          passwordHash,
          displayName: u.displayName,
          preferredLanguage: u.language,
          category: u.category,
          country: u.country,
          originTerritory: u.originTerritory ?? null,
          role: u.role,
          privacyConsentAt: new Date(),
          privacyConsentVersion: 'demo',
        }),
      );
      for (const m of u.memberships ?? []) {
        const organisationId = orgIds.get(m.slug);
        if (!organisationId) continue;
        await manager
          .getRepository(MembershipEntity)
          .createQueryBuilder()
          .insert()
          .values({
            organisationId,
            userId: user.id,
            role: m.role,
            status: m.status,
            message: m.message ?? null,
            decidedAt: m.status === 'pending' ? null : new Date(),
          })
          .orIgnore()
          .execute();
      }
    }

    const consultation = await seedDemoConsultation(manager);
    if (consultation.created) await seedDemoQuestionnaireIfPresent(manager, consultation.id);
    await seedDemoProposals(manager, consultation.id);
    // After every feature's demo contributions: the synthesis reads them.
    await seedDemoSynthesis(manager, consultation.id);
    await seedDemoRooms(manager, consultation.id);
    await seedDemoPlan(manager, consultation.id);
    await seedDemoAccountability(manager);
    // After the accountability data: the summaries are generated from everything above.
    await seedDemoSummaries(manager);
    await seedDemoEvaluations(manager);
  });
  log(`demo data loaded in ${Date.now() - started} ms: ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_USERS.length} people`);
  return true;
}
