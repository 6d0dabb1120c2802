import { MigrationInterface, QueryRunner } from "typeorm";

export class Rooms1795294939970 implements MigrationInterface {
    name = 'Rooms1795294939970'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "rooms" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consultation_id" uuid NOT NULL,
                "title" jsonb NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                "agenda" jsonb NOT NULL DEFAULT '[]',
                "current_agenda_index" integer,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "languages" jsonb NOT NULL DEFAULT '["fr"]',
                "access" character varying(16) NOT NULL DEFAULT 'signed_in',
                "invited_categories" jsonb NOT NULL DEFAULT '[]',
                "invited_organisation_ids" jsonb NOT NULL DEFAULT '[]',
                "status" character varying(16) NOT NULL DEFAULT 'scheduled',
                "slow_mode_seconds" integer NOT NULL DEFAULT '0',
                "last_seq" integer NOT NULL DEFAULT '0',
                "last_rev" integer NOT NULL DEFAULT '0',
                "created_by" uuid,
                "opened_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "rooms_status_starts_idx" ON "rooms" ("status", "starts_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "rooms_consultation_starts_idx" ON "rooms" ("consultation_id", "starts_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "room_messages" (
                "id" uuid NOT NULL,
                "room_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "rev" integer NOT NULL,
                "client_id" character varying(64) NOT NULL,
                "author_id" uuid,
                "author_category" character varying(32) NOT NULL,
                "organisation_id" uuid,
                "body" text NOT NULL,
                "language" character varying(8) NOT NULL DEFAULT 'und',
                "reply_to_id" uuid,
                "agenda_index" integer,
                "reactions" jsonb NOT NULL DEFAULT '{"agree":0,"disagree":0,"plus_one":0}',
                "pinned_at" TIMESTAMP WITH TIME ZONE,
                "key_point" boolean NOT NULL DEFAULT false,
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "hidden_reason" character varying(300),
                "hidden_by" uuid,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "room_messages_seq_key" UNIQUE ("room_id", "seq"),
                CONSTRAINT "room_messages_client_key" UNIQUE ("room_id", "client_id"),
                CONSTRAINT "PK_bd83c95b3d0ad3931d6c1687ee1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "room_messages_pinned_idx" ON "room_messages" ("room_id", "pinned_at")
            WHERE pinned_at IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "room_messages_author_created_idx" ON "room_messages" ("author_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "room_messages_rev_idx" ON "room_messages" ("room_id", "rev")
        `);
        await queryRunner.query(`
            CREATE TABLE "room_reactions" (
                "message_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "room_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_14fe96787d6fbbd2fbbd9019245" PRIMARY KEY ("message_id", "user_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "room_reactions_user_idx" ON "room_reactions" ("user_id", "message_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "room_participants" (
                "room_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "hand_raised_at" TIMESTAMP WITH TIME ZONE,
                "muted_at" TIMESTAMP WITH TIME ZONE,
                "muted_by" uuid,
                CONSTRAINT "PK_b00300d77393ffd5c6797841805" PRIMARY KEY ("room_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "room_participants_user_idx" ON "room_participants" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "room_participants_hand_idx" ON "room_participants" ("room_id", "hand_raised_at")
            WHERE hand_raised_at IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD CONSTRAINT "FK_9e0c647db268603d71f7169eeb4" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rooms"
            ADD CONSTRAINT "FK_4504c6b1b0ed64d82ab24597924" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages"
            ADD CONSTRAINT "FK_5d7030d4020b3f568d3a4791260" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages"
            ADD CONSTRAINT "FK_4364c13fd2c598a3b311902a168" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages"
            ADD CONSTRAINT "FK_6274d68350bdf6aebc404f1705c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages"
            ADD CONSTRAINT "FK_f8be3baee282700f6b40111e7ae" FOREIGN KEY ("reply_to_id") REFERENCES "room_messages"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_reactions"
            ADD CONSTRAINT "FK_b8da79ecb7027c0614e84d19010" FOREIGN KEY ("message_id") REFERENCES "room_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_reactions"
            ADD CONSTRAINT "FK_d84ab8e20acec3acd3136a73df4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_participants"
            ADD CONSTRAINT "FK_25cf9baa7efbb4d9a924c396b17" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room_participants"
            ADD CONSTRAINT "FK_a0a82c13f56ba6082fb122b6adb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "room_participants" DROP CONSTRAINT "FK_a0a82c13f56ba6082fb122b6adb"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_participants" DROP CONSTRAINT "FK_25cf9baa7efbb4d9a924c396b17"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_reactions" DROP CONSTRAINT "FK_d84ab8e20acec3acd3136a73df4"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_reactions" DROP CONSTRAINT "FK_b8da79ecb7027c0614e84d19010"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages" DROP CONSTRAINT "FK_f8be3baee282700f6b40111e7ae"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages" DROP CONSTRAINT "FK_6274d68350bdf6aebc404f1705c"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages" DROP CONSTRAINT "FK_4364c13fd2c598a3b311902a168"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages" DROP CONSTRAINT "FK_5d7030d4020b3f568d3a4791260"
        `);
        await queryRunner.query(`
            ALTER TABLE "rooms" DROP CONSTRAINT "FK_4504c6b1b0ed64d82ab24597924"
        `);
        await queryRunner.query(`
            ALTER TABLE "rooms" DROP CONSTRAINT "FK_9e0c647db268603d71f7169eeb4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."room_participants_hand_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."room_participants_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "room_participants"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."room_reactions_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "room_reactions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."room_messages_rev_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."room_messages_author_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."room_messages_pinned_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "room_messages"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rooms_consultation_starts_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."rooms_status_starts_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "rooms"
        `);
    }

}
