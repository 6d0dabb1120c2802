import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795294047665 implements MigrationInterface {
    name = 'Foundation1795294047665'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254),
                "password_hash" text,
                "display_name" character varying(80) NOT NULL,
                "preferred_language" character varying(2) NOT NULL,
                "category" character varying(32) NOT NULL,
                "country" character(2) NOT NULL,
                "origin_territory" character varying(120),
                "role" character varying(16) NOT NULL DEFAULT 'participant',
                "privacy_consent_at" TIMESTAMP WITH TIME ZONE,
                "privacy_consent_version" character varying(16),
                "pseudonymised_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "users_category_idx" ON "users" ("category")
        `);
        await queryRunner.query(`
            CREATE INDEX "users_role_idx" ON "users" ("role")
        `);
        await queryRunner.query(`
            CREATE TABLE "sessions" (
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "user_agent" character varying(300),
                "ip" character varying(64),
                CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "sessions_expires_idx" ON "sessions" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "rate_limit_hits" (
                "id" BIGSERIAL NOT NULL,
                "bucket" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_08be639360a0628bcd172fb544c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "rate_limit_hits_bucket_idx" ON "rate_limit_hits" ("bucket", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(180) NOT NULL,
                "name" character varying(160) NOT NULL,
                "category" character varying(32) NOT NULL,
                "country" character(2) NOT NULL,
                "city" character varying(120),
                "website" character varying(300),
                "description" text NOT NULL DEFAULT '',
                "description_language" character varying(2),
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" ("slug")
        `);
        await queryRunner.query(`
            CREATE INDEX "organisations_category_idx" ON "organisations" ("category")
        `);
        await queryRunner.query(`
            CREATE INDEX "organisations_country_idx" ON "organisations" ("country")
        `);
        await queryRunner.query(`
            CREATE INDEX "organisations_name_id_idx" ON "organisations" ("name", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation_memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL DEFAULT 'member',
                "status" character varying(16) NOT NULL DEFAULT 'pending',
                "message" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by" uuid,
                CONSTRAINT "organisation_memberships_org_user_key" UNIQUE ("organisation_id", "user_id"),
                CONSTRAINT "PK_85987e3af9e0c0198354087c331" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "organisation_memberships_user_idx" ON "organisation_memberships" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "territories" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(120) NOT NULL,
                "name" jsonb NOT NULL,
                "country" character(2) NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                "municipalities" jsonb NOT NULL DEFAULT '[]',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5fd98f342e49509ee461d86f54f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "territories_slug_key" ON "territories" ("slug")
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD CONSTRAINT "FK_183ee6dc676a368d6892dedc4f8" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_memberships"
            ADD CONSTRAINT "FK_9635442addd2ae591c3d2c01b13" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_memberships"
            ADD CONSTRAINT "FK_72bdc2e7ec09a8e892fd96420b2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Hand-written (TypeORM cannot express it): full-text search over organisations.
        await queryRunner.query(`
            CREATE INDEX "organisations_search_idx" ON "organisations"
            USING gin (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(city, '') || ' ' || coalesce(description, '')))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."organisations_search_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_memberships" DROP CONSTRAINT "FK_72bdc2e7ec09a8e892fd96420b2"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation_memberships" DROP CONSTRAINT "FK_9635442addd2ae591c3d2c01b13"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisations" DROP CONSTRAINT "FK_183ee6dc676a368d6892dedc4f8"
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."territories_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "territories"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisation_memberships_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation_memberships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisations_name_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisations_country_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisations_category_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."organisations_slug_key"
        `);
        await queryRunner.query(`
            DROP TABLE "organisations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rate_limit_hits_bucket_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "rate_limit_hits"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sessions_expires_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."sessions_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_role_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_category_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_email_key"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
    }

}
