import { MigrationInterface, QueryRunner } from "typeorm";

export class Questionnaires1795294778917 implements MigrationInterface {
    name = 'Questionnaires1795294778917'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "questionnaires" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a01d7cdea895ed9796b29233610" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "questionnaires_consultation_key" ON "questionnaires" ("consultation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "questionnaire_sections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "questionnaire_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "title" jsonb NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_3be4de6403d5f62f5f011923cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_sections_position_idx" ON "questionnaire_sections" ("questionnaire_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "questionnaire_questions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "questionnaire_id" uuid NOT NULL,
                "section_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "type" character varying(24) NOT NULL,
                "prompt" jsonb NOT NULL,
                "help" jsonb NOT NULL DEFAULT '{}',
                "required" boolean NOT NULL DEFAULT false,
                "options" jsonb NOT NULL DEFAULT '[]',
                "max_choices" smallint,
                "scale" jsonb,
                CONSTRAINT "PK_522868371a7e3e08cbd044d71b5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_questions_section_idx" ON "questionnaire_questions" ("section_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_questions_position_idx" ON "questionnaire_questions" ("questionnaire_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "questionnaire_responses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "questionnaire_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "draft" jsonb NOT NULL DEFAULT '{}',
                "category" character varying(32),
                "country" character(2),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "questionnaire_responses_user_key" UNIQUE ("questionnaire_id", "user_id"),
                CONSTRAINT "PK_ddd9787d677edf518525e591bf3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_responses_user_idx" ON "questionnaire_responses" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_responses_submitted_idx" ON "questionnaire_responses" ("questionnaire_id", "submitted_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "questionnaire_answers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "response_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "questionnaire_id" uuid NOT NULL,
                "choice_keys" character varying array,
                "number_value" smallint,
                "text_value" text,
                "country_value" character(2),
                "respondent_category" character varying(32) NOT NULL,
                "respondent_country" character(2),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "questionnaire_answers_response_question_key" UNIQUE ("response_id", "question_id"),
                CONSTRAINT "PK_353fef8e031908634816fa91fd2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_answers_text_country_idx" ON "questionnaire_answers" (
                "question_id",
                "respondent_country",
                "created_at",
                "id"
            )
            WHERE text_value IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_answers_text_category_idx" ON "questionnaire_answers" (
                "question_id",
                "respondent_category",
                "created_at",
                "id"
            )
            WHERE text_value IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "questionnaire_answers_text_idx" ON "questionnaire_answers" ("question_id", "created_at", "id")
            WHERE text_value IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "questionnaire_tallies" (
                "questionnaire_id" uuid NOT NULL,
                "subject" character varying(36) NOT NULL,
                "item" character varying(48) NOT NULL,
                "category" character varying(32) NOT NULL,
                "country" character(2) NOT NULL,
                "shard" smallint NOT NULL,
                "count" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_96442944d9a95f1c6195fcc182d" PRIMARY KEY (
                    "questionnaire_id",
                    "subject",
                    "item",
                    "category",
                    "country",
                    "shard"
                )
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaires"
            ADD CONSTRAINT "FK_d0a9426d39183b9da00ba452272" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_sections"
            ADD CONSTRAINT "FK_de8354c64b33bd6fada6f54c793" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_questions"
            ADD CONSTRAINT "FK_2857f132546b987000e67c3f1f8" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_questions"
            ADD CONSTRAINT "FK_91b84142f866145951d710ba816" FOREIGN KEY ("section_id") REFERENCES "questionnaire_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_responses"
            ADD CONSTRAINT "FK_17dff1d1e340b011d64ea3eced4" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaires"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_responses"
            ADD CONSTRAINT "FK_b90db9a070b86546b0178eeaa99" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_answers"
            ADD CONSTRAINT "FK_b31bb7dd5a069ff7328a984c4c6" FOREIGN KEY ("response_id") REFERENCES "questionnaire_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_answers"
            ADD CONSTRAINT "FK_9ee181c3b99496a2f6c6a17f52b" FOREIGN KEY ("question_id") REFERENCES "questionnaire_questions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "questionnaire_answers" DROP CONSTRAINT "FK_9ee181c3b99496a2f6c6a17f52b"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_answers" DROP CONSTRAINT "FK_b31bb7dd5a069ff7328a984c4c6"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_responses" DROP CONSTRAINT "FK_b90db9a070b86546b0178eeaa99"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_responses" DROP CONSTRAINT "FK_17dff1d1e340b011d64ea3eced4"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_questions" DROP CONSTRAINT "FK_91b84142f866145951d710ba816"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_questions" DROP CONSTRAINT "FK_2857f132546b987000e67c3f1f8"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaire_sections" DROP CONSTRAINT "FK_de8354c64b33bd6fada6f54c793"
        `);
        await queryRunner.query(`
            ALTER TABLE "questionnaires" DROP CONSTRAINT "FK_d0a9426d39183b9da00ba452272"
        `);
        await queryRunner.query(`
            DROP TABLE "questionnaire_tallies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_answers_text_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_answers_text_category_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_answers_text_country_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "questionnaire_answers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_responses_submitted_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_responses_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "questionnaire_responses"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_questions_position_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_questions_section_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "questionnaire_questions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaire_sections_position_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "questionnaire_sections"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."questionnaires_consultation_key"
        `);
        await queryRunner.query(`
            DROP TABLE "questionnaires"
        `);
    }

}
