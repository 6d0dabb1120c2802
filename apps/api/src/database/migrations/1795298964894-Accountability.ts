import { MigrationInterface, QueryRunner } from "typeorm";

export class Accountability1795298964894 implements MigrationInterface {
    name = 'Accountability1795298964894'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "action_tracking" (
                "action_id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'not_started',
                "progress" smallint NOT NULL DEFAULT '0',
                "responsible" character varying(200),
                "sub_actions" jsonb NOT NULL DEFAULT '[]',
                "milestones" jsonb NOT NULL DEFAULT '[]',
                "budget_lines" jsonb NOT NULL DEFAULT '[]',
                "revision" integer NOT NULL DEFAULT '0',
                "updated_by_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_23e575abbba9b233314dde7e685" PRIMARY KEY ("action_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "action_tracking_plan_idx" ON "action_tracking" ("plan_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_measurements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "indicator_id" uuid NOT NULL,
                "measured_on" date NOT NULL,
                "value" double precision,
                "assessment" jsonb,
                "rating" character varying(16),
                "source" character varying(200),
                "note" text,
                "recorded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_44ff96847a2b5f8ab5f3d6a44dc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "indicator_measurements_indicator_date_idx" ON "indicator_measurements" ("indicator_id", "measured_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_externalities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "action_id" uuid,
                "observed_on" date NOT NULL,
                "description" jsonb NOT NULL,
                "mitigation" jsonb,
                "recorded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2090a34b9b42b2cd6105dd8a956" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_externalities_action_idx" ON "plan_externalities" ("action_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_externalities_plan_date_idx" ON "plan_externalities" ("plan_id", "observed_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "partner_territories" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(80) NOT NULL,
                "name" character varying(200) NOT NULL,
                "country" character varying(2) NOT NULL,
                "region" character varying(16) NOT NULL,
                "priority" character varying(16) NOT NULL,
                "kind" character varying(24) NOT NULL,
                "latitude" double precision NOT NULL,
                "longitude" double precision NOT NULL,
                "agreements" jsonb NOT NULL DEFAULT '[]',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fc9906d32d5e7b5a7eeb6535818" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "partner_territories_slug_key" ON "partner_territories" ("slug")
        `);
        await queryRunner.query(`
            CREATE INDEX "partner_territories_region_idx" ON "partner_territories" ("region", "priority")
        `);
        await queryRunner.query(`
            CREATE TABLE "network_memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(80) NOT NULL,
                "name" character varying(200) NOT NULL,
                "joined_on" date,
                "role" character varying(200),
                CONSTRAINT "PK_de8ec57df455bec66217fd5744f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "network_memberships_slug_key" ON "network_memberships" ("slug")
        `);
        await queryRunner.query(`
            ALTER TABLE "action_tracking"
            ADD CONSTRAINT "FK_23e575abbba9b233314dde7e685" FOREIGN KEY ("action_id") REFERENCES "plan_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "action_tracking"
            ADD CONSTRAINT "FK_5e3f4c5ee6bfcc3ac48aaeb7a41" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_measurements"
            ADD CONSTRAINT "FK_0b0c87387bd1961044db4a32ccf" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_measurements"
            ADD CONSTRAINT "FK_6fe8026ef77932d2f5910794b93" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_externalities"
            ADD CONSTRAINT "FK_662300525f0a1e822603e8253b9" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_externalities"
            ADD CONSTRAINT "FK_f77f4bfd7cd2f26feb210903d79" FOREIGN KEY ("action_id") REFERENCES "plan_sections"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "plan_externalities" DROP CONSTRAINT "FK_f77f4bfd7cd2f26feb210903d79"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_externalities" DROP CONSTRAINT "FK_662300525f0a1e822603e8253b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_measurements" DROP CONSTRAINT "FK_6fe8026ef77932d2f5910794b93"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_measurements" DROP CONSTRAINT "FK_0b0c87387bd1961044db4a32ccf"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_tracking" DROP CONSTRAINT "FK_5e3f4c5ee6bfcc3ac48aaeb7a41"
        `);
        await queryRunner.query(`
            ALTER TABLE "action_tracking" DROP CONSTRAINT "FK_23e575abbba9b233314dde7e685"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."network_memberships_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "network_memberships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."partner_territories_region_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."partner_territories_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "partner_territories"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_externalities_plan_date_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_externalities_action_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_externalities"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."indicator_measurements_indicator_date_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_measurements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."action_tracking_plan_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "action_tracking"
        `);
    }

}
