import { MigrationInterface, QueryRunner } from "typeorm";

export class InterviewsParticipation1795294924595 implements MigrationInterface {
    name = 'InterviewsParticipation1795294924595'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "consultation_participants" (
                "consultation_id" uuid NOT NULL,
                "participant_key" character varying(220) NOT NULL,
                "category" character varying(32) NOT NULL,
                "country" character(2),
                "origin_territory" character varying(120),
                "contributions" integer NOT NULL DEFAULT '0',
                "other_inputs" integer NOT NULL DEFAULT '0',
                "first_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_e0ffd23c3339bf48ffc2c43f06b" PRIMARY KEY ("consultation_id", "participant_key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "consultation_participants_first_idx" ON "consultation_participants" ("consultation_id", "first_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "participations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "source" character varying(32) NOT NULL,
                "source_ref" character varying(80) NOT NULL,
                "participant_key" character varying(220) NOT NULL,
                "category" character varying(32) NOT NULL,
                "country" character(2),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "participations_source_ref_key" UNIQUE ("source", "source_ref"),
                CONSTRAINT "PK_7aa63b8dcd3d6f8aef8a98bb14a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "participations_consultation_idx" ON "participations" ("consultation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interview_guide_questions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "text" jsonb NOT NULL,
                CONSTRAINT "PK_643e23cc0b93d23a498259f133a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interview_guide_questions_consultation_idx" ON "interview_guide_questions" ("consultation_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "interview_invitees" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "interview_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "organisation_id" uuid,
                "name" character varying(200),
                "category" character varying(32),
                "country" character(2),
                "role" character varying(200),
                "attended" boolean NOT NULL DEFAULT false,
                "position" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_4f1d528c918ff9ea7360951b006" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interview_invitees_interview_idx" ON "interview_invitees" ("interview_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "interview_invitees_organisation_idx" ON "interview_invitees" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interview_key_points" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "interview_id" uuid NOT NULL,
                "invitee_id" uuid NOT NULL,
                "text" text NOT NULL,
                "position" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2332826e44a9bb5b3682089ee8f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interview_key_points_interview_idx" ON "interview_key_points" ("interview_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "interview_key_points_invitee_idx" ON "interview_key_points" ("invitee_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "interviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "format" character varying(16) NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'planned',
                "title" character varying(200) NOT NULL DEFAULT '',
                "location" character varying(300),
                "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" integer,
                "consent_at" date,
                "notes" jsonb NOT NULL DEFAULT '{}',
                "interviewer_ids" uuid array NOT NULL DEFAULT '{}',
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fd41af1f96d698fa33c2f070f47" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interviews_consultation_status_idx" ON "interviews" (
                "consultation_id",
                "status",
                "scheduled_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "interviews_consultation_scheduled_idx" ON "interviews" ("consultation_id", "scheduled_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_participants"
            ADD CONSTRAINT "FK_ef18edf7a0101ccc8b1b846d042" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "participations"
            ADD CONSTRAINT "FK_791c7137698a98bd775b7974bdf" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_guide_questions"
            ADD CONSTRAINT "FK_769283fb425941c0a43d0529294" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_invitees"
            ADD CONSTRAINT "FK_b60c6c4ebf3b29419bb1504722c" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_invitees"
            ADD CONSTRAINT "FK_6340e09748326d1fccab5077c17" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_key_points"
            ADD CONSTRAINT "FK_0bafe9d1f7f0f729ed1617fffd7" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_key_points"
            ADD CONSTRAINT "FK_e96e701608fa13e7ce325d26428" FOREIGN KEY ("invitee_id") REFERENCES "interview_invitees"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews"
            ADD CONSTRAINT "FK_3daaab0fcb05f1684950cbd1681" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews"
            ADD CONSTRAINT "FK_ab334f8f4c1d1a26e0abdc1210c" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Hand-written (TypeORM cannot express GIN expression indexes): contribution text search with the
        // stemmer of each contribution's detected language (CONTRIBUTION_SEARCH_VECTOR in contribution-search.ts).
        await queryRunner.query(`
            CREATE INDEX "contributions_search_idx" ON "contributions" USING gin (to_tsvector(CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'ca' THEN 'catalan'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END, "text"))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."contributions_search_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews" DROP CONSTRAINT "FK_ab334f8f4c1d1a26e0abdc1210c"
        `);
        await queryRunner.query(`
            ALTER TABLE "interviews" DROP CONSTRAINT "FK_3daaab0fcb05f1684950cbd1681"
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_key_points" DROP CONSTRAINT "FK_e96e701608fa13e7ce325d26428"
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_key_points" DROP CONSTRAINT "FK_0bafe9d1f7f0f729ed1617fffd7"
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_invitees" DROP CONSTRAINT "FK_6340e09748326d1fccab5077c17"
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_invitees" DROP CONSTRAINT "FK_b60c6c4ebf3b29419bb1504722c"
        `);
        await queryRunner.query(`
            ALTER TABLE "interview_guide_questions" DROP CONSTRAINT "FK_769283fb425941c0a43d0529294"
        `);
        await queryRunner.query(`
            ALTER TABLE "participations" DROP CONSTRAINT "FK_791c7137698a98bd775b7974bdf"
        `);
        await queryRunner.query(`
            ALTER TABLE "consultation_participants" DROP CONSTRAINT "FK_ef18edf7a0101ccc8b1b846d042"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interviews_consultation_scheduled_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interviews_consultation_status_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interviews"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interview_key_points_invitee_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interview_key_points_interview_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interview_key_points"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interview_invitees_organisation_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interview_invitees_interview_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interview_invitees"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."interview_guide_questions_consultation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "interview_guide_questions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."participations_consultation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "participations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."consultation_participants_first_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "consultation_participants"
        `);
    }

}
