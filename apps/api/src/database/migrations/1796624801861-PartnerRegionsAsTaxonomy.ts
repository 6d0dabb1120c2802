import { MigrationInterface, QueryRunner } from "typeorm";

/** The six world regions partners were placed in while they were a fixed list (issue 14). */
const FORMER_PARTNER_REGIONS: Record<string, Record<string, string>> = {
    europe: { fr: 'Europe', es: 'Europa', ca: 'Europa', en: 'Europe' },
    mediterranean: { fr: 'Méditerranée', es: 'Mediterráneo', ca: 'Mediterrània', en: 'Mediterranean' },
    latin_america: { fr: 'Amérique latine', es: 'América Latina', ca: 'Amèrica Llatina', en: 'Latin America' },
    asia: { fr: 'Asie', es: 'Asia', ca: 'Àsia', en: 'Asia' },
    north_america: { fr: 'Amérique du Nord', es: 'América del Norte', ca: 'Amèrica del Nord', en: 'North America' },
    africa: { fr: 'Afrique', es: 'África', ca: 'Àfrica', en: 'Africa' },
};

/**
 * Hand-written data step (no schema change for TypeORM to generate): partner territories now take
 * their region from the taxonomy. TerritorySettings turned the former lists into rows only where a
 * territory existed; partners recorded on an instance without one would point at regions that are
 * not entries. Each such region becomes an entry (labelled as before), so that the partner stays
 * valid, is labelled, and the region cannot be removed while in use.
 */
export class PartnerRegionsAsTaxonomy1796624801861 implements MigrationInterface {
    name = 'PartnerRegionsAsTaxonomy1796624801861'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(
            `INSERT INTO "taxonomy_entries" ("kind", "key", "label", "position")
             SELECT 'region', p.region, coalesce($1::jsonb -> p.region, jsonb_build_object('fr', p.region, 'es', p.region, 'ca', p.region, 'en', p.region)),
                    (SELECT coalesce(max(position) + 1, 0) FROM "taxonomy_entries" WHERE kind = 'region') + (row_number() OVER (ORDER BY p.region))::int - 1
               FROM (SELECT DISTINCT region FROM "partner_territories") p
              WHERE NOT EXISTS (SELECT 1 FROM "taxonomy_entries" t WHERE t.kind = 'region' AND t.key = p.region)
             ON CONFLICT DO NOTHING`,
            [JSON.stringify(FORMER_PARTNER_REGIONS)],
        );
    }

    public async down(): Promise<void> {
        // The entries may be in use and edited since: they stay (the former code ignored them).
    }
}
