import { MigrationInterface, QueryRunner } from "typeorm";

export class AnnualSummaries1795303782588 implements MigrationInterface {
    name = 'AnnualSummaries1795303782588'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "annual_summaries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "version" integer NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "revision" integer NOT NULL DEFAULT '0',
                "figures" jsonb NOT NULL,
                "narrative" jsonb NOT NULL DEFAULT '{}',
                "correction_reason" text,
                "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "published_by_id" uuid,
                "updated_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "annual_summaries_published_check" CHECK (
                    "status" = 'draft'
                    OR "published_at" IS NOT NULL
                ),
                CONSTRAINT "PK_f713ac49fdeb6e0e1e3bbabfa43" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "annual_summaries_published_idx" ON "annual_summaries" ("year", "published_at")
            WHERE "status" = 'published'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "annual_summaries_one_draft_key" ON "annual_summaries" ("plan_id", "year")
            WHERE "status" = 'draft'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "annual_summaries_plan_year_version_key" ON "annual_summaries" ("plan_id", "year", "version")
        `);
        await queryRunner.query(`
            ALTER TABLE "annual_summaries"
            ADD CONSTRAINT "FK_6f3af08a1ba1f78811545f3e490" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "annual_summaries"
            ADD CONSTRAINT "FK_3b96e52aebdf9071c194e1634e9" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "annual_summaries"
            ADD CONSTRAINT "FK_450102615d1a452d06827c11584" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "annual_summaries" DROP CONSTRAINT "FK_450102615d1a452d06827c11584"
        `);
        await queryRunner.query(`
            ALTER TABLE "annual_summaries" DROP CONSTRAINT "FK_3b96e52aebdf9071c194e1634e9"
        `);
        await queryRunner.query(`
            ALTER TABLE "annual_summaries" DROP CONSTRAINT "FK_6f3af08a1ba1f78811545f3e490"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."annual_summaries_plan_year_version_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."annual_summaries_one_draft_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."annual_summaries_published_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "annual_summaries"
        `);
    }

}
