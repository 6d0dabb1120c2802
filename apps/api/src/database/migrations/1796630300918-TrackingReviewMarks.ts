import { MigrationInterface, QueryRunner } from "typeorm";

export class TrackingReviewMarks1796630300918 implements MigrationInterface {
    name = 'TrackingReviewMarks1796630300918'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "action_tracking"
            ADD "review" jsonb NOT NULL DEFAULT '[]'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "action_tracking" DROP COLUMN "review"
        `);
    }

}
