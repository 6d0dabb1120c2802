import { MigrationInterface, QueryRunner } from "typeorm";

export class Synthesis1795295793492 implements MigrationInterface {
    name = 'Synthesis1795295793492'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "synthesis_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "room_id" uuid,
                "status" character varying(16) NOT NULL DEFAULT 'queued',
                "progress" integer NOT NULL DEFAULT '0',
                "stage" character varying(32) NOT NULL DEFAULT 'queued',
                "trigger" character varying(16) NOT NULL DEFAULT 'manual',
                "job_id" character varying(64),
                "parameters" jsonb NOT NULL DEFAULT '{}',
                "engine" character varying(64),
                "input_hash" character varying(64),
                "input_ids" jsonb NOT NULL DEFAULT '[]',
                "input_count" integer NOT NULL DEFAULT '0',
                "counts" jsonb,
                "timings" jsonb,
                "error" text,
                "comparison" jsonb,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_1f56385cd1f8dbf200a6f355c87" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_runs_room_idx" ON "synthesis_runs" ("room_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_runs_scope_created_idx" ON "synthesis_runs" ("consultation_id", "room_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "synthesis_themes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "run_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "origin" character varying(16) NOT NULL,
                "label" character varying(200) NOT NULL,
                "renamed" boolean NOT NULL DEFAULT false,
                "key_phrases" jsonb NOT NULL DEFAULT '[]',
                "size" integer NOT NULL,
                "cohesion" real NOT NULL DEFAULT '0',
                "quotes" jsonb NOT NULL DEFAULT '[]',
                "by_category" jsonb NOT NULL DEFAULT '{}',
                "by_country" jsonb NOT NULL DEFAULT '{}',
                "by_language" jsonb NOT NULL DEFAULT '{}',
                "by_source" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_e9f1b12fdd0b34f91b00ba72b5a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_themes_run_position_idx" ON "synthesis_themes" ("run_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "synthesis_theme_members" (
                "theme_id" uuid NOT NULL,
                "contribution_id" uuid NOT NULL,
                "run_id" uuid NOT NULL,
                CONSTRAINT "PK_441dc9fc26a14a3ed68e54106e1" PRIMARY KEY ("theme_id", "contribution_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_theme_members_contribution_idx" ON "synthesis_theme_members" ("contribution_id", "run_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "synthesis_theme_edits" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "room_id" uuid,
                "kind" character varying(16) NOT NULL,
                "member_sets" jsonb NOT NULL,
                "part" jsonb,
                "label" character varying(200),
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c24e33e74088577fadbcd1a45ff" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_theme_edits_scope_idx" ON "synthesis_theme_edits" ("consultation_id", "room_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "synthesis_statements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "room_id" uuid,
                "text" character varying(300) NOT NULL,
                "language" character varying(8) NOT NULL,
                "origin" character varying(16) NOT NULL,
                "contribution_id" uuid,
                "external_ref" character varying(120),
                "created_by_id" uuid,
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "agree" integer NOT NULL DEFAULT '0',
                "disagree" integer NOT NULL DEFAULT '0',
                "pass" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "synthesis_statements_external_key" UNIQUE ("consultation_id", "external_ref"),
                CONSTRAINT "PK_18c18268acd3faf80b574fda1a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_statements_room_idx" ON "synthesis_statements" ("room_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_statements_scope_created_idx" ON "synthesis_statements" ("consultation_id", "room_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "synthesis_votes" (
                "statement_id" uuid NOT NULL,
                "voter_key" character varying(120) NOT NULL,
                "consultation_id" uuid NOT NULL,
                "user_id" uuid,
                "vote" smallint NOT NULL,
                "category" character varying(32),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7154fa9d7fe4b329057d4e3d915" PRIMARY KEY ("statement_id", "voter_key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_votes_user_idx" ON "synthesis_votes" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "synthesis_votes_consultation_idx" ON "synthesis_votes" ("consultation_id", "voter_key")
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_runs"
            ADD CONSTRAINT "FK_7727fe6184a3caf80a631226aac" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_runs"
            ADD CONSTRAINT "FK_7c08290b766821d787b8e94bbf2" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_runs"
            ADD CONSTRAINT "FK_acc27a18d2bbe21d38e187c21e7" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_themes"
            ADD CONSTRAINT "FK_332b3bbf833410ca7350eec70e9" FOREIGN KEY ("run_id") REFERENCES "synthesis_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_members"
            ADD CONSTRAINT "FK_99a58f3fbb3e84c4ab92dfe3e93" FOREIGN KEY ("theme_id") REFERENCES "synthesis_themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_members"
            ADD CONSTRAINT "FK_6134f98d8625a01b736d97e9417" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_edits"
            ADD CONSTRAINT "FK_3d08389e92baf6c7a29b7743333" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_edits"
            ADD CONSTRAINT "FK_0e4ebb411f2d84d3917e012a224" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_edits"
            ADD CONSTRAINT "FK_98b7d89febd760fe1b6a8305266" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements"
            ADD CONSTRAINT "FK_210a15dd5ba0039350606910d4d" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements"
            ADD CONSTRAINT "FK_0dfd264e3cf4675cf7eb4ae800c" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements"
            ADD CONSTRAINT "FK_28e65f1c51e995f724323040cd7" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements"
            ADD CONSTRAINT "FK_2b750960a81dcb4979a73b08ac5" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_votes"
            ADD CONSTRAINT "FK_d8966223bf00c8930d7e68d04d3" FOREIGN KEY ("statement_id") REFERENCES "synthesis_statements"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_votes"
            ADD CONSTRAINT "FK_225122623b608416e2f4ac05696" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "synthesis_votes" DROP CONSTRAINT "FK_225122623b608416e2f4ac05696"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_votes" DROP CONSTRAINT "FK_d8966223bf00c8930d7e68d04d3"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements" DROP CONSTRAINT "FK_2b750960a81dcb4979a73b08ac5"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements" DROP CONSTRAINT "FK_28e65f1c51e995f724323040cd7"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements" DROP CONSTRAINT "FK_0dfd264e3cf4675cf7eb4ae800c"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_statements" DROP CONSTRAINT "FK_210a15dd5ba0039350606910d4d"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_edits" DROP CONSTRAINT "FK_98b7d89febd760fe1b6a8305266"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_edits" DROP CONSTRAINT "FK_0e4ebb411f2d84d3917e012a224"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_edits" DROP CONSTRAINT "FK_3d08389e92baf6c7a29b7743333"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_members" DROP CONSTRAINT "FK_6134f98d8625a01b736d97e9417"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_theme_members" DROP CONSTRAINT "FK_99a58f3fbb3e84c4ab92dfe3e93"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_themes" DROP CONSTRAINT "FK_332b3bbf833410ca7350eec70e9"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_runs" DROP CONSTRAINT "FK_acc27a18d2bbe21d38e187c21e7"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_runs" DROP CONSTRAINT "FK_7c08290b766821d787b8e94bbf2"
        `);
        await queryRunner.query(`
            ALTER TABLE "synthesis_runs" DROP CONSTRAINT "FK_7727fe6184a3caf80a631226aac"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_votes_consultation_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_votes_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "synthesis_votes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_statements_scope_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_statements_room_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "synthesis_statements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_theme_edits_scope_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "synthesis_theme_edits"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_theme_members_contribution_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "synthesis_theme_members"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_themes_run_position_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "synthesis_themes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_runs_scope_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."synthesis_runs_room_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "synthesis_runs"
        `);
    }

}
