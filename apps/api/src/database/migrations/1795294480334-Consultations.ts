import { MigrationInterface, QueryRunner } from "typeorm";

export class Consultations1795294480334 implements MigrationInterface {
    name = 'Consultations1795294480334'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "consultation_phases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "kind" character varying(24) NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                CONSTRAINT "consultation_phases_kind_key" UNIQUE ("consultation_id", "kind"),
                CONSTRAINT "PK_1c07d534c0a4802af63e8fd3e9c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "consultation_phases_dates_idx" ON "consultation_phases" ("kind", "starts_on", "ends_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "consultation_facilitators" (
                "consultation_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9751243ae43da2b45332c7d9aee" PRIMARY KEY ("consultation_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "consultation_facilitators_user_idx" ON "consultation_facilitators" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "consultations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "title" jsonb NOT NULL,
                "summary" jsonb NOT NULL DEFAULT '{}',
                "body" jsonb NOT NULL DEFAULT '{}',
                "languages" jsonb NOT NULL DEFAULT '["fr"]',
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "quotas" jsonb NOT NULL DEFAULT '{}',
                "plan_reference" character varying(200),
                "search_vector" tsvector,
                "created_by" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "consultations_slug_key" ON "consultations" ("slug")
        `);
        await queryRunner.query(`
            CREATE INDEX "consultations_status_created_idx" ON "consultations" ("status", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "contributions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid,
                "source" character varying(32) NOT NULL,
                "source_ref" character varying(80) NOT NULL,
                "text" text NOT NULL,
                "language" character varying(8) NOT NULL,
                "author_user_id" uuid,
                "author_organisation_id" uuid,
                "author_label" character varying(200),
                "category" character varying(32) NOT NULL,
                "country" character(2),
                "key_point" boolean NOT NULL DEFAULT false,
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "contributions_source_ref_key" UNIQUE ("source", "source_ref"),
                CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "contributions_source_idx" ON "contributions" ("source")
        `);
        await queryRunner.query(`
            CREATE INDEX "contributions_author_user_idx" ON "contributions" ("author_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "contributions_author_org_idx" ON "contributions" ("author_organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "contributions_category_idx" ON "contributions" ("category")
        `);
        await queryRunner.query(`
            CREATE INDEX "contributions_country_idx" ON "contributions" ("country")
        `);
        await queryRunner.query(`
            CREATE INDEX "contributions_consultation_created_idx" ON "contributions" ("consultation_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_phases"
            ADD CONSTRAINT "FK_eea40da503e2a5e4b8756eddfec" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_facilitators"
            ADD CONSTRAINT "FK_19a2e56085576117482afb24a4c" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_facilitators"
            ADD CONSTRAINT "FK_ca5ed456622441a3ee078ca455c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consultations"
            ADD CONSTRAINT "FK_36ea238711a190c03c127c07c8d" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "FK_949d0a361af52ae47ed13467c89" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "FK_5d3012f100ed59c0cf720749333" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "contributions"
            ADD CONSTRAINT "FK_476f1af0776aaca54312e02325f" FOREIGN KEY ("author_organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Hand-written (TypeORM cannot express GIN): language-aware full-text search.
        await queryRunner.query(`
            CREATE INDEX "consultations_search_idx" ON "consultations" USING gin ("search_vector")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."consultations_search_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "FK_476f1af0776aaca54312e02325f"
        `);
        await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "FK_5d3012f100ed59c0cf720749333"
        `);
        await queryRunner.query(`
            ALTER TABLE "contributions" DROP CONSTRAINT "FK_949d0a361af52ae47ed13467c89"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultations" DROP CONSTRAINT "FK_36ea238711a190c03c127c07c8d"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_facilitators" DROP CONSTRAINT "FK_ca5ed456622441a3ee078ca455c"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_facilitators" DROP CONSTRAINT "FK_19a2e56085576117482afb24a4c"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_phases" DROP CONSTRAINT "FK_eea40da503e2a5e4b8756eddfec"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contributions_consultation_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contributions_country_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contributions_category_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contributions_author_org_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contributions_author_user_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."contributions_source_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "contributions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultations_status_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultations_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "consultations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultation_facilitators_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_facilitators"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultation_phases_dates_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_phases"
        `);
    }

}
