import { MigrationInterface, QueryRunner } from "typeorm";

export class Plan1795296261597 implements MigrationInterface {
    name = 'Plan1795296261597'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(80) NOT NULL,
                "title" jsonb NOT NULL,
                "period_start" integer NOT NULL,
                "period_end" integer NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "languages" jsonb NOT NULL DEFAULT '["fr"]',
                "consultation_id" uuid,
                "revision" integer NOT NULL DEFAULT '0',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3720521a81c7c24fe9b7202ba61" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "plans_slug_key" ON "plans" ("slug")
        `);
        await queryRunner.query(`
            CREATE INDEX "plans_status_idx" ON "plans" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "plans_consultation_idx" ON "plans" ("consultation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_sections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "kind" character varying(24) NOT NULL,
                "parent_id" uuid,
                "position" integer NOT NULL DEFAULT '0',
                "revision" integer NOT NULL DEFAULT '0',
                "content" jsonb NOT NULL,
                "html" jsonb NOT NULL DEFAULT '{}',
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "updated_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0bd361f525c0e4b966014e843dc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_sections_plan_parent_position_idx" ON "plan_sections" ("plan_id", "parent_id", "position")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_sections_plan_kind_idx" ON "plan_sections" ("plan_id", "kind")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_indicators" (
                "id" uuid NOT NULL,
                "plan_id" uuid NOT NULL,
                "action_id" uuid NOT NULL,
                "position" integer NOT NULL DEFAULT '0',
                "kind" character varying(16) NOT NULL,
                "name" jsonb NOT NULL,
                "unit" character varying(40),
                "baseline_value" double precision,
                "baseline_date" date,
                "target_value" double precision,
                "target_date" date,
                "source" character varying(200),
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_48bdc21406ce9ca455386c987b3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_indicators_plan_idx" ON "plan_indicators" ("plan_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_indicators_action_idx" ON "plan_indicators" ("action_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "name" character varying(200) NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "header" jsonb NOT NULL,
                "review" character varying(8) NOT NULL DEFAULT 'none',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "plan_versions_plan_number_key" UNIQUE ("plan_id", "number"),
                CONSTRAINT "PK_dd2f605d45f2679a86a7c1c5b20" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_versions_review_idx" ON "plan_versions" ("review")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_version_sections" (
                "version_id" uuid NOT NULL,
                "section_id" uuid NOT NULL,
                "kind" character varying(24) NOT NULL,
                "parent_id" uuid,
                "position" integer NOT NULL,
                "code" character varying(16) NOT NULL,
                "content" jsonb NOT NULL,
                "html" jsonb NOT NULL DEFAULT '{}',
                "hash" character varying(40) NOT NULL,
                CONSTRAINT "PK_e5678fb4c27dffe6cda91d70af5" PRIMARY KEY ("version_id", "section_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_version_sections_section_idx" ON "plan_version_sections" ("section_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_suggestions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "source_kind" character varying(24) NOT NULL,
                "source_ref" character varying(80) NOT NULL,
                "source_label" character varying(300) NOT NULL,
                "target_section_id" uuid NOT NULL,
                "target_paragraph_id" uuid,
                "content" jsonb NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "status" character varying(16) NOT NULL DEFAULT 'pending',
                "reason" text,
                "result_section_id" uuid,
                "created_by_id" uuid,
                "decided_by_id" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b3fc162fa0f40d3bdfe49086850" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_suggestions_result_idx" ON "plan_suggestions" ("result_section_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_suggestions_source_idx" ON "plan_suggestions" ("source_kind", "source_ref")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_suggestions_plan_status_created_idx" ON "plan_suggestions" ("plan_id", "status", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_suggestion_sources" (
                "suggestion_id" uuid NOT NULL,
                "contribution_id" uuid NOT NULL,
                CONSTRAINT "PK_a6905b9a9870bd2c0c3c9235c98" PRIMARY KEY ("suggestion_id", "contribution_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_suggestion_sources_contribution_idx" ON "plan_suggestion_sources" ("contribution_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_provenance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "section_id" uuid NOT NULL,
                "paragraph_key" character varying(36) NOT NULL DEFAULT '',
                "contribution_id" uuid NOT NULL,
                "suggestion_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "plan_provenance_link_key" UNIQUE ("section_id", "paragraph_key", "contribution_id"),
                CONSTRAINT "PK_d9cc72058b30695a8c9c2294742" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_provenance_suggestion_idx" ON "plan_provenance" ("suggestion_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_provenance_contribution_idx" ON "plan_provenance" ("contribution_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_provenance_plan_section_idx" ON "plan_provenance" ("plan_id", "section_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "plan_annotations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plan_id" uuid NOT NULL,
                "version_id" uuid NOT NULL,
                "section_id" uuid NOT NULL,
                "paragraph_id" uuid NOT NULL,
                "language" character varying(2) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "quote" text NOT NULL DEFAULT '',
                "quote_start" integer,
                "body" text NOT NULL,
                "proposed_text" text,
                "author_id" uuid,
                "author_category" character varying(32) NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'open',
                "answer" text,
                "answered_by_id" uuid,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9d74a61586b90a64f51293abdf9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_annotations_author_idx" ON "plan_annotations" ("author_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "plan_annotations_version_section_idx" ON "plan_annotations" ("version_id", "section_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "plans"
            ADD CONSTRAINT "FK_d8687db2ab2e989a25ce380bbd9" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plans"
            ADD CONSTRAINT "FK_fec31105252dbfca71d5ba6e1e9" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_sections"
            ADD CONSTRAINT "FK_fe9499d993b5c017bb6578fe653" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_sections"
            ADD CONSTRAINT "FK_0dc67cc126abb34ec88556eb124" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_indicators"
            ADD CONSTRAINT "FK_0215c490bf86942e521790341ca" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_indicators"
            ADD CONSTRAINT "FK_0b19ea3850e565c5b701ed88863" FOREIGN KEY ("action_id") REFERENCES "plan_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ADD CONSTRAINT "FK_b504a5b710ec5832245809b7bce" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ADD CONSTRAINT "FK_b8887a197c7f18aeacc02fe3b6d" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_version_sections"
            ADD CONSTRAINT "FK_b8251e25f74cd902a1b0a3c9cef" FOREIGN KEY ("version_id") REFERENCES "plan_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestions"
            ADD CONSTRAINT "FK_327d2ec2d833285144067cf8692" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestions"
            ADD CONSTRAINT "FK_136b9089a64533f8e2de4ecb65d" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestions"
            ADD CONSTRAINT "FK_0092bd1b50576e0fcde802e0e27" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestion_sources"
            ADD CONSTRAINT "FK_4cd085b008176174a3831089e24" FOREIGN KEY ("suggestion_id") REFERENCES "plan_suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestion_sources"
            ADD CONSTRAINT "FK_305e069cb2e58c8239e4d6eee0e" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance"
            ADD CONSTRAINT "FK_2a24db464cae0425eb286b8e85a" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance"
            ADD CONSTRAINT "FK_ffdd698d8733f86d92352a7c906" FOREIGN KEY ("section_id") REFERENCES "plan_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance"
            ADD CONSTRAINT "FK_bb30f2de14bd56bb33a25ab78f8" FOREIGN KEY ("contribution_id") REFERENCES "contributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance"
            ADD CONSTRAINT "FK_226801682254185a20795915dc1" FOREIGN KEY ("suggestion_id") REFERENCES "plan_suggestions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations"
            ADD CONSTRAINT "FK_c9dcfaed8b9f1d9b0db83d1b056" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations"
            ADD CONSTRAINT "FK_f763ac9c272dae97d74431a0146" FOREIGN KEY ("version_id") REFERENCES "plan_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations"
            ADD CONSTRAINT "FK_ed9abceddab959b5624d8e77325" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations"
            ADD CONSTRAINT "FK_9d37714df7dfa99960b164517d5" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "plan_annotations" DROP CONSTRAINT "FK_9d37714df7dfa99960b164517d5"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations" DROP CONSTRAINT "FK_ed9abceddab959b5624d8e77325"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations" DROP CONSTRAINT "FK_f763ac9c272dae97d74431a0146"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_annotations" DROP CONSTRAINT "FK_c9dcfaed8b9f1d9b0db83d1b056"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance" DROP CONSTRAINT "FK_226801682254185a20795915dc1"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance" DROP CONSTRAINT "FK_bb30f2de14bd56bb33a25ab78f8"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance" DROP CONSTRAINT "FK_ffdd698d8733f86d92352a7c906"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_provenance" DROP CONSTRAINT "FK_2a24db464cae0425eb286b8e85a"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestion_sources" DROP CONSTRAINT "FK_305e069cb2e58c8239e4d6eee0e"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestion_sources" DROP CONSTRAINT "FK_4cd085b008176174a3831089e24"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestions" DROP CONSTRAINT "FK_0092bd1b50576e0fcde802e0e27"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestions" DROP CONSTRAINT "FK_136b9089a64533f8e2de4ecb65d"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_suggestions" DROP CONSTRAINT "FK_327d2ec2d833285144067cf8692"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_version_sections" DROP CONSTRAINT "FK_b8251e25f74cd902a1b0a3c9cef"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_b8887a197c7f18aeacc02fe3b6d"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_versions" DROP CONSTRAINT "FK_b504a5b710ec5832245809b7bce"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_indicators" DROP CONSTRAINT "FK_0b19ea3850e565c5b701ed88863"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_indicators" DROP CONSTRAINT "FK_0215c490bf86942e521790341ca"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_sections" DROP CONSTRAINT "FK_0dc67cc126abb34ec88556eb124"
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_sections" DROP CONSTRAINT "FK_fe9499d993b5c017bb6578fe653"
        `);
        await queryRunner.query(`
            ALTER TABLE "plans" DROP CONSTRAINT "FK_fec31105252dbfca71d5ba6e1e9"
        `);
        await queryRunner.query(`
            ALTER TABLE "plans" DROP CONSTRAINT "FK_d8687db2ab2e989a25ce380bbd9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_annotations_version_section_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_annotations_author_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_annotations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_provenance_plan_section_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_provenance_contribution_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_provenance_suggestion_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_provenance"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_suggestion_sources_contribution_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_suggestion_sources"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_suggestions_plan_status_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_suggestions_source_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_suggestions_result_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_suggestions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_version_sections_section_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_version_sections"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_versions_review_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_versions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_indicators_action_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_indicators_plan_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_indicators"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_sections_plan_kind_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plan_sections_plan_parent_position_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "plan_sections"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plans_consultation_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plans_status_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."plans_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "plans"
        `);
    }

}
