import { MigrationInterface, QueryRunner } from "typeorm";

export class PeopleNameSearch1796635510111 implements MigrationInterface {
    name = 'PeopleNameSearch1796635510111'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Hand-written (TypeORM cannot express it): the co-author search by name prefix (PERSON_SEARCH_VECTOR).
        await queryRunner.query(`
            CREATE INDEX "users_display_name_search_idx" ON "users" USING gin (to_tsvector('simple', display_name))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."users_display_name_search_idx"
        `);
    }

}
