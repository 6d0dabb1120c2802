import { MigrationInterface, QueryRunner } from "typeorm";

export class Evaluations1795303682108 implements MigrationInterface {
    name = 'Evaluations1795303682108'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "plan_evaluations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "title" jsonb NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "evaluated_on" date,
                "evaluator_kind" character varying(16) NOT NULL,
                "evaluator_name" character varying(200),
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "summary" jsonb NOT NULL DEFAULT '{}',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "revision" integer NOT NULL DEFAULT '0',
                "created_by_id" uuid,
                "updated_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2040352f7a9bbcc29f48eadeaf4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_evaluations_plan_status_idx" ON "plan_evaluations" ("plan_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_evaluation_findings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "evaluation_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "text" jsonb NOT NULL,
                "assessment" character varying(16) NOT NULL,
                "action_ids" uuid array NOT NULL DEFAULT '{}',
                "indicator_ids" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_1466ef43ae393794c10aae4c3a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_evaluation_findings_evaluation_idx" ON "plan_evaluation_findings" ("evaluation_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_evaluation_recommendations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "evaluation_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "text" jsonb NOT NULL,
                "priority" character varying(8) NOT NULL,
                "action_ids" uuid array NOT NULL DEFAULT '{}',
                "indicator_ids" uuid array NOT NULL DEFAULT '{}',
                "follow_up_status" character varying(16) NOT NULL DEFAULT 'open',
                "follow_up_response" jsonb,
                "follow_up_on" date,
                "follow_up_by_id" uuid,
                CONSTRAINT "PK_9633a5eef774328f6563b986cd4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_evaluation_recommendations_evaluation_idx" ON "plan_evaluation_recommendations" ("evaluation_id", "position")
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluations"
            ADD CONSTRAINT "FK_d77c6e4fe5f2382f238437374bd" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluations"
            ADD CONSTRAINT "FK_157e023d118537815c9c27a1df6" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluations"
            ADD CONSTRAINT "FK_37741caea9e13b03de7e5620845" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluation_findings"
            ADD CONSTRAINT "FK_2a41b111e89679abad35f1eefa4" FOREIGN KEY ("evaluation_id") REFERENCES "plan_evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluation_recommendations"
            ADD CONSTRAINT "FK_bea0408fa7d39f6d87fc53ced4c" FOREIGN KEY ("evaluation_id") REFERENCES "plan_evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluation_recommendations"
            ADD CONSTRAINT "FK_2dd563132333018648c09a027d7" FOREIGN KEY ("follow_up_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "plan_evaluation_recommendations" DROP CONSTRAINT "FK_2dd563132333018648c09a027d7"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluation_recommendations" DROP CONSTRAINT "FK_bea0408fa7d39f6d87fc53ced4c"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluation_findings" DROP CONSTRAINT "FK_2a41b111e89679abad35f1eefa4"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluations" DROP CONSTRAINT "FK_37741caea9e13b03de7e5620845"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluations" DROP CONSTRAINT "FK_157e023d118537815c9c27a1df6"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_evaluations" DROP CONSTRAINT "FK_d77c6e4fe5f2382f238437374bd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_evaluation_recommendations_evaluation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_evaluation_recommendations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_evaluation_findings_evaluation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_evaluation_findings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_evaluations_plan_status_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_evaluations"
        `);
    }

}
