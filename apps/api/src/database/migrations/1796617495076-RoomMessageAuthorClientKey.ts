import { MigrationInterface, QueryRunner } from "typeorm";

export class RoomMessageAuthorClientKey1796617495076 implements MigrationInterface {
    name = 'RoomMessageAuthorClientKey1796617495076'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "room_messages" DROP CONSTRAINT "room_messages_client_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages"
            ADD CONSTRAINT "room_messages_author_client_key" UNIQUE ("room_id", "author_id", "client_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "room_messages" DROP CONSTRAINT "room_messages_author_client_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "room_messages"
            ADD CONSTRAINT "room_messages_client_key" UNIQUE ("room_id", "client_id")
        `);
    }

}
