import { MigrationInterface, QueryRunner } from "typeorm";

/** The former STRATEGIC_LINES, WORLD_REGIONS and AGENDAS enums with their labels, as they were at this migration. */
const FORMER_ENUMS: { kind: string; key: string; position: number; label: Record<string, string> }[] = [{"kind": "strategic_line", "key": "eu_un_agenda", "position": 0, "label": {"fr": "Agendas de l’UE et de l’ONU", "es": "Agendas de la UE y la ONU", "ca": "Agendes de la UE i l’ONU", "en": "EU and UN agendas"}}, {"kind": "strategic_line", "key": "international_funding", "position": 1, "label": {"fr": "Fonds européens et internationaux", "es": "Fondos europeos e internacionales", "ca": "Fons europeus i internacionals", "en": "European and international funds"}}, {"kind": "strategic_line", "key": "innovation_knowledge", "position": 2, "label": {"fr": "Innovation et connaissances", "es": "Innovación y conocimiento", "ca": "Innovació i coneixement", "en": "Innovation and knowledge"}}, {"kind": "strategic_line", "key": "economic_projection", "position": 3, "label": {"fr": "Projection économique", "es": "Proyección económica", "ca": "Projecció econòmica", "en": "Economic projection"}}, {"kind": "strategic_line", "key": "international_cooperation", "position": 4, "label": {"fr": "Coopération internationale", "es": "Cooperación internacional", "ca": "Cooperació internacional", "en": "International cooperation"}}, {"kind": "region", "key": "local", "position": 0, "label": {"fr": "Le territoire", "es": "El territorio", "ca": "El territori", "en": "The territory"}}, {"kind": "region", "key": "europe", "position": 1, "label": {"fr": "Europe", "es": "Europa", "ca": "Europa", "en": "Europe"}}, {"kind": "region", "key": "mediterranean", "position": 2, "label": {"fr": "Méditerranée", "es": "Mediterráneo", "ca": "Mediterrània", "en": "Mediterranean"}}, {"kind": "region", "key": "latin_america", "position": 3, "label": {"fr": "Amérique latine", "es": "América Latina", "ca": "Amèrica Llatina", "en": "Latin America"}}, {"kind": "region", "key": "africa", "position": 4, "label": {"fr": "Afrique", "es": "África", "ca": "Àfrica", "en": "Africa"}}, {"kind": "region", "key": "asia", "position": 5, "label": {"fr": "Asie", "es": "Asia", "ca": "Àsia", "en": "Asia"}}, {"kind": "region", "key": "north_america", "position": 6, "label": {"fr": "Amérique du Nord", "es": "América del Norte", "ca": "Amèrica del Nord", "en": "North America"}}, {"kind": "region", "key": "global", "position": 7, "label": {"fr": "Monde", "es": "Mundo", "ca": "Món", "en": "Worldwide"}}, {"kind": "agenda", "key": "new_urban_agenda", "position": 0, "label": {"fr": "Nouvel agenda urbain", "es": "Nueva Agenda Urbana", "ca": "Nova Agenda Urbana", "en": "New Urban Agenda"}}, {"kind": "agenda", "key": "paris_agreement", "position": 1, "label": {"fr": "Accord de Paris", "es": "Acuerdo de París", "ca": "Acord de París", "en": "Paris Agreement"}}, {"kind": "agenda", "key": "european_green_deal", "position": 2, "label": {"fr": "Pacte vert pour l’Europe", "es": "Pacto Verde Europeo", "ca": "Pacte Verd Europeu", "en": "European Green Deal"}}, {"kind": "agenda", "key": "leipzig_charter", "position": 3, "label": {"fr": "Charte de Leipzig", "es": "Carta de Leipzig", "ca": "Carta de Leipzig", "en": "Leipzig Charter"}}];

export class TerritorySettings1796614354294 implements MigrationInterface {
    name = 'TerritorySettings1796614354294'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "taxonomy_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(24) NOT NULL,
                "key" character varying(32) NOT NULL,
                "label" jsonb NOT NULL,
                "position" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c681a8422af6bbcd85e35d263f0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "taxonomy_entries_kind_position_idx" ON "taxonomy_entries" ("kind", "position")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "taxonomy_entries_kind_key_key" ON "taxonomy_entries" ("kind", "key")
        `);
        await queryRunner.query(`
            CREATE TABLE "public_texts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(24) NOT NULL,
                "version" integer NOT NULL,
                "body" jsonb NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_99c67e3c39f4a9477fe87441701" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "public_texts_kind_version_key" ON "public_texts" ("kind", "version")
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "kind" character varying(16) NOT NULL DEFAULT 'metropolis'
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "time_zone" character varying(64) NOT NULL DEFAULT 'UTC'
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "languages" jsonb NOT NULL DEFAULT '["fr","es","ca","en"]'
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "default_language" character varying(2) NOT NULL DEFAULT 'fr'
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "primary_color" character varying(7)
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "contact_email" character varying(254)
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "logo" bytea
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "logo_type" character varying(32)
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "logo_updated_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "territories"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
        // Hand-edited: the generator dropped and re-added the column (losing every partner's region); widening keeps them.
        await queryRunner.query(`
            ALTER TABLE "partner_territories" ALTER COLUMN "region" TYPE character varying(32)
        `);
        await queryRunner.query(`
            ALTER TABLE "public_texts"
            ADD CONSTRAINT "FK_c5d22809a103fbcad63e125e305" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Hand-added data step (issue 14). An instance that already serves a territory keeps today's behaviour:
        // the time zone that was hard-coded, and the former enums (strategic lines, regions, agendas) as rows,
        // so that every proposal, plan section and partner stays valid. A fresh database gets none of them:
        // its admin names the territory's own at setup (the demo seeds the reference case's).
        await queryRunner.query(`UPDATE "territories" SET "time_zone" = 'Europe/Madrid'`);
        await queryRunner.query(
            `INSERT INTO "taxonomy_entries" ("kind", "key", "label", "position")
             SELECT e->>'kind', e->>'key', e->'label', (e->>'position')::int
               FROM jsonb_array_elements($1::jsonb) e
              WHERE EXISTS (SELECT 1 FROM "territories")
             ON CONFLICT DO NOTHING`,
            [JSON.stringify(FORMER_ENUMS)],
        );
        // Indicator units were free text: those already written that can serve as a key become entries.
        await queryRunner.query(
            `INSERT INTO "taxonomy_entries" ("kind", "key", "label", "position")
             SELECT 'indicator_unit', unit, jsonb_build_object('fr', unit, 'es', unit, 'ca', unit, 'en', unit),
                    (row_number() OVER (ORDER BY unit))::int - 1
               FROM (SELECT DISTINCT unit FROM "plan_indicators" WHERE unit ~ '^[a-z0-9][a-z0-9_]{0,31}$') u
             ON CONFLICT DO NOTHING`,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "public_texts" DROP CONSTRAINT "FK_c5d22809a103fbcad63e125e305"
        `);
        await queryRunner.query(`
            ALTER TABLE "partner_territories" ALTER COLUMN "region" TYPE character varying(16)
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "updated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "logo_updated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "logo_type"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "logo"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "contact_email"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "primary_color"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "default_language"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "languages"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "time_zone"
        `);
        await queryRunner.query(`
            ALTER TABLE "territories" DROP COLUMN "kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."public_texts_kind_version_key"
        `);
        await queryRunner.query(`
            DROP TABLE "public_texts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."taxonomy_entries_kind_key_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."taxonomy_entries_kind_position_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "taxonomy_entries"
        `);
    }

}
