import { MigrationInterface, QueryRunner } from "typeorm";

export class SocketLeases1796624679671 implements MigrationInterface {
    name = 'SocketLeases1796624679671'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "socket_leases" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "process_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_b99d1c7d711088b3cfa557fb88e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "socket_leases_user_idx" ON "socket_leases" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "socket_leases_process_idx" ON "socket_leases" ("process_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "socket_leases_expires_idx" ON "socket_leases" ("expires_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "socket_leases"
            ADD CONSTRAINT "FK_63bae58a870650327cb2b8e1563" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "socket_leases" DROP CONSTRAINT "FK_63bae58a870650327cb2b8e1563"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."socket_leases_expires_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."socket_leases_process_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."socket_leases_user_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "socket_leases"
        `);
    }

}
