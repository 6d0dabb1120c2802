import { MigrationInterface, QueryRunner } from "typeorm";

export class Moderation1795295485522 implements MigrationInterface {
    name = 'Moderation1795295485522'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "moderation_actions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "target_type" character varying(32) NOT NULL,
                "target_id" uuid NOT NULL,
                "action" character varying(32) NOT NULL,
                "reason" text NOT NULL DEFAULT '',
                "data" jsonb NOT NULL DEFAULT '{}',
                "actor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "moderation_actions_created_idx" ON "moderation_actions" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "moderation_actions_target_idx" ON "moderation_actions" ("target_type", "target_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "moderation_cases" (
                "target_type" character varying(32) NOT NULL,
                "target_id" uuid NOT NULL,
                "open_reports" integer NOT NULL DEFAULT '0',
                "hidden" boolean NOT NULL DEFAULT false,
                "last_report_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_00dc8b46e22766829b6a37667e7" PRIMARY KEY ("target_type", "target_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "moderation_cases_hidden_idx" ON "moderation_cases" ("updated_at", "target_id")
            WHERE "hidden"
        `);
        await queryRunner.query(`
            CREATE INDEX "moderation_cases_open_idx" ON "moderation_cases" ("last_report_at", "target_id")
            WHERE "open_reports" > 0
        `);
        await queryRunner.query(`
            CREATE TABLE "moderation_reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "target_type" character varying(32) NOT NULL,
                "target_id" uuid NOT NULL,
                "reporter_id" uuid NOT NULL,
                "reason" character varying(32) NOT NULL,
                "details" character varying(1000) NOT NULL DEFAULT '',
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "moderation_reports_target_reporter_key" UNIQUE ("target_type", "target_id", "reporter_id"),
                CONSTRAINT "PK_a40784ec3803830fe974b4b85fb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "moderation_reports_reporter_idx" ON "moderation_reports" ("reporter_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_actions"
            ADD CONSTRAINT "FK_fb3a6f1f4f84c2e834e86bea465" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_reports"
            ADD CONSTRAINT "FK_2a75fb514f2d13b13616066fd20" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_2a75fb514f2d13b13616066fd20"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_actions" DROP CONSTRAINT "FK_fb3a6f1f4f84c2e834e86bea465"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."moderation_reports_reporter_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "moderation_reports"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."moderation_cases_open_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."moderation_cases_hidden_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "moderation_cases"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."moderation_actions_target_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."moderation_actions_created_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "moderation_actions"
        `);
    }

}
