import { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1796614271437 implements MigrationInterface {
    name = 'Accounts1796614271437'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "purpose" character varying(24) NOT NULL,
                "new_email" character varying(254),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "issued_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "account_tokens_hash_key" ON "account_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "account_tokens_user_idx" ON "account_tokens" ("user_id", "purpose")
        `);
        await queryRunner.query(`
            CREATE TABLE "account_settings" (
                "id" smallint NOT NULL DEFAULT '1',
                "unverified_may_contribute" boolean NOT NULL DEFAULT true,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cede89a31d2392a1064087af67a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_mails" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient" character varying(254) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "text" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b29f3864833e0d790528753c19c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_mails_recipient_idx" ON "outbox_mails" ("recipient")
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_mails_created_idx" ON "outbox_mails" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "actor_id" uuid,
                "action" character varying(48) NOT NULL,
                "target_user_id" uuid,
                "details" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_target_idx" ON "audit_log" ("target_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_action_idx" ON "audit_log" ("action", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_created_idx" ON "audit_log" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" character(64) NOT NULL,
                "email" character varying(254) NOT NULL,
                "name" character varying(80) NOT NULL,
                "organisation_name" character varying(180),
                "organisation_id" uuid,
                "category" character varying(32) NOT NULL,
                "country" character(2) NOT NULL,
                "language" character varying(2) NOT NULL,
                "target_type" character varying(16) NOT NULL,
                "target_id" uuid,
                "invited_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reminded_at" TIMESTAMP WITH TIME ZONE,
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "accepted_user_id" uuid,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "invitations_hash_key" ON "invitations" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "invitations_email_idx" ON "invitations" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "invitations_target_idx" ON "invitations" ("target_type", "target_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "email_verified_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "blocked_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "blocked_reason" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "oidc_subject" character varying(400)
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_oidc_subject_key" ON "users" ("oidc_subject")
        `);
        await queryRunner.query(`
            ALTER TABLE "account_tokens"
            ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // Accounts made before verification existed count as verified; the settings row exists from the start.
        await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email" IS NOT NULL`);
        await queryRunner.query(`INSERT INTO "account_settings" ("id") VALUES (1)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"
        `);
        await queryRunner.query(`
            ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_oidc_subject_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "oidc_subject"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "blocked_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "blocked_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "email_verified_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."invitations_target_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."invitations_email_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."invitations_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_actor_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_action_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_target_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_mails_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_mails_recipient_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_mails"
        `);
        await queryRunner.query(`
            DROP TABLE "account_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."account_tokens_user_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."account_tokens_hash_key"
        `);
        await queryRunner.query(`
            DROP TABLE "account_tokens"
        `);
    }

}
