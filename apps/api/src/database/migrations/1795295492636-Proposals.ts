import { MigrationInterface, QueryRunner } from "typeorm";

export class Proposals1795295492636 implements MigrationInterface {
    name = 'Proposals1795295492636'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid,
                "author_id" uuid NOT NULL,
                "author_category" character varying(32) NOT NULL,
                "title" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "expected_results" text NOT NULL DEFAULT '',
                "language" character varying(8) NOT NULL DEFAULT 'und',
                "strategic_line" character varying(32),
                "theme" character varying(120),
                "regions" text array NOT NULL DEFAULT '{}',
                "partners" text array NOT NULL DEFAULT '{}',
                "sdgs" smallint array NOT NULL DEFAULT '{}',
                "sdg_targets" text array NOT NULL DEFAULT '{}',
                "agendas" text array NOT NULL DEFAULT '{}',
                "status" character varying(24) NOT NULL DEFAULT 'draft',
                "version" integer NOT NULL DEFAULT '1',
                "support_count" integer NOT NULL DEFAULT '0',
                "endorsement_count" integer NOT NULL DEFAULT '0',
                "comment_count" integer NOT NULL DEFAULT '0',
                "merged_into_id" uuid,
                "plan_action_id" uuid,
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "search_vector" tsvector,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "status_changed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_consultation_idx" ON "proposals" ("consultation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_author_idx" ON "proposals" ("author_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_author_category_idx" ON "proposals" ("author_category")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_strategic_line_idx" ON "proposals" ("strategic_line")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_status_idx" ON "proposals" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_comments_idx" ON "proposals" ("comment_count", "id")
            WHERE "status" <> 'draft'
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_newest_idx" ON "proposals" ("submitted_at", "id")
            WHERE "status" <> 'draft'
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_supports_idx" ON "proposals" ("support_count", "id")
            WHERE "status" <> 'draft'
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_coauthors" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "user_id" uuid,
                "organisation_id" uuid,
                "status" character varying(16) NOT NULL DEFAULT 'invited',
                "invited_by" uuid,
                "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "responded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_ef429f17b9c3e0948b6398ed4d3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_coauthors_user_idx" ON "proposal_coauthors" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_coauthors_org_idx" ON "proposal_coauthors" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "proposal_coauthors_org_key" ON "proposal_coauthors" ("proposal_id", "organisation_id")
            WHERE "kind" = 'organisation'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "proposal_coauthors_person_key" ON "proposal_coauthors" ("proposal_id", "user_id")
            WHERE "kind" = 'person'
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "editor_id" uuid,
                "snapshot" jsonb NOT NULL,
                "changed" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "proposal_versions_number_key" UNIQUE ("proposal_id", "number"),
                CONSTRAINT "PK_64c09e1dd58aebaa26ab09bb528" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_supports" (
                "proposal_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "category" character varying(32) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1f48ba2dc8e22ca0941ab8ee5a9" PRIMARY KEY ("proposal_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_supports_user_idx" ON "proposal_supports" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_endorsements" (
                "proposal_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "user_id" uuid,
                "category" character varying(32) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7b965f62fd513b49ceb4988af8d" PRIMARY KEY ("proposal_id", "organisation_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_comments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "parent_id" uuid,
                "root_id" uuid,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "language" character varying(8) NOT NULL DEFAULT 'und',
                "agree_count" integer NOT NULL DEFAULT '0',
                "disagree_count" integer NOT NULL DEFAULT '0',
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3dad96e1019f8d511df6b116cc7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_comments_root_idx" ON "proposal_comments" ("root_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_comments_top_idx" ON "proposal_comments" ("proposal_id", "created_at", "id")
            WHERE "parent_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_comment_votes" (
                "comment_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "value" smallint NOT NULL,
                CONSTRAINT "PK_bb64d9d8912f32a35c2b75be807" PRIMARY KEY ("comment_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_status_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "from_status" character varying(24),
                "to_status" character varying(24) NOT NULL,
                "text" text NOT NULL DEFAULT '',
                "merged_into_id" uuid,
                "plan_action_id" uuid,
                "actor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_da350330d6f277c7a1956534711" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "proposal_status_changes_proposal_idx" ON "proposal_status_changes" ("proposal_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD CONSTRAINT "FK_8849a7a5f7cebd1f990508ed416" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD CONSTRAINT "FK_8af17413dd39a475692dec170d0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposals"
            ADD CONSTRAINT "FK_95b0aa7ef4352f339842f1d0829" FOREIGN KEY ("merged_into_id") REFERENCES "proposals"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_coauthors"
            ADD CONSTRAINT "FK_e26eb1e21bfa28674b37882e2bf" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_coauthors"
            ADD CONSTRAINT "FK_47cd92fb29d0bfa64ef85ebfb84" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_coauthors"
            ADD CONSTRAINT "FK_88fb97398717e163b234a50a7c0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_versions"
            ADD CONSTRAINT "FK_c6bcca84e48eebbe830bff776fa" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_versions"
            ADD CONSTRAINT "FK_66888f106280c0dfec168b76b38" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_supports"
            ADD CONSTRAINT "FK_424e725f48d8788f1ad69c1cf0b" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_supports"
            ADD CONSTRAINT "FK_5fc75b242761256c9f7ccc4500c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_endorsements"
            ADD CONSTRAINT "FK_cb399e81743815444cb652154d7" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_endorsements"
            ADD CONSTRAINT "FK_6af910b5c08d7290ac149dbd8f0" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_endorsements"
            ADD CONSTRAINT "FK_afeb05cc70c758cb047a8d5ff16" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comments"
            ADD CONSTRAINT "FK_4d4223d615f11fed9024062ab5c" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comments"
            ADD CONSTRAINT "FK_3d556f926f66743275d26402036" FOREIGN KEY ("parent_id") REFERENCES "proposal_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comments"
            ADD CONSTRAINT "FK_afd8cf6e86981aad3838d29a726" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment_votes"
            ADD CONSTRAINT "FK_443a802c985ebe01b1186a79b40" FOREIGN KEY ("comment_id") REFERENCES "proposal_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment_votes"
            ADD CONSTRAINT "FK_6a13ab724213099f62e4c30e1b1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_status_changes"
            ADD CONSTRAINT "FK_bd07ceeb8bd52a0ce2006af1e82" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_status_changes"
            ADD CONSTRAINT "FK_37972b6dc1c89bf72ab5ef0d181" FOREIGN KEY ("merged_into_id") REFERENCES "proposals"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_status_changes"
            ADD CONSTRAINT "FK_31063fc15ea040aa35485c775d9" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Added by hand (TypeORM cannot express GIN): full-text search and the SDG filter.
        await queryRunner.query(`
            CREATE INDEX "proposals_search_idx" ON "proposals" USING gin ("search_vector")
        `);
        await queryRunner.query(`
            CREATE INDEX "proposals_sdgs_idx" ON "proposals" USING gin ("sdgs")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Added by hand with the GIN indexes above.
        await queryRunner.query(`
            DROP INDEX "public"."proposals_sdgs_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_search_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_status_changes" DROP CONSTRAINT "FK_31063fc15ea040aa35485c775d9"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_status_changes" DROP CONSTRAINT "FK_37972b6dc1c89bf72ab5ef0d181"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_status_changes" DROP CONSTRAINT "FK_bd07ceeb8bd52a0ce2006af1e82"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment_votes" DROP CONSTRAINT "FK_6a13ab724213099f62e4c30e1b1"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comment_votes" DROP CONSTRAINT "FK_443a802c985ebe01b1186a79b40"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_afd8cf6e86981aad3838d29a726"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_3d556f926f66743275d26402036"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_4d4223d615f11fed9024062ab5c"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_endorsements" DROP CONSTRAINT "FK_afeb05cc70c758cb047a8d5ff16"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_endorsements" DROP CONSTRAINT "FK_6af910b5c08d7290ac149dbd8f0"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_endorsements" DROP CONSTRAINT "FK_cb399e81743815444cb652154d7"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_supports" DROP CONSTRAINT "FK_5fc75b242761256c9f7ccc4500c"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_supports" DROP CONSTRAINT "FK_424e725f48d8788f1ad69c1cf0b"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_versions" DROP CONSTRAINT "FK_66888f106280c0dfec168b76b38"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_versions" DROP CONSTRAINT "FK_c6bcca84e48eebbe830bff776fa"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_coauthors" DROP CONSTRAINT "FK_88fb97398717e163b234a50a7c0"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_coauthors" DROP CONSTRAINT "FK_47cd92fb29d0bfa64ef85ebfb84"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_coauthors" DROP CONSTRAINT "FK_e26eb1e21bfa28674b37882e2bf"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposals" DROP CONSTRAINT "FK_95b0aa7ef4352f339842f1d0829"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposals" DROP CONSTRAINT "FK_8af17413dd39a475692dec170d0"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposals" DROP CONSTRAINT "FK_8849a7a5f7cebd1f990508ed416"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_status_changes_proposal_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_status_changes"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_comment_votes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_comments_top_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_comments_root_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_comments"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_endorsements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_supports_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_supports"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_versions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_coauthors_person_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_coauthors_org_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_coauthors_org_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposal_coauthors_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_coauthors"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_supports_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_newest_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_comments_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_status_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_strategic_line_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_author_category_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_author_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."proposals_consultation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "proposals"
        `);
    }

}
