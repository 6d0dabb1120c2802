import { MigrationInterface, QueryRunner } from "typeorm";

export class Translation1796614988500 implements MigrationInterface {
    name = 'Translation1796614988500'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "machine_translations" (
                "source_hash" bytea NOT NULL,
                "source_language" character varying(2) NOT NULL,
                "target_language" character varying(2) NOT NULL,
                "engine_version" character varying(80) NOT NULL,
                "translation" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fe48cda9e42881a9af3f1be4872" PRIMARY KEY (
                    "source_hash",
                    "source_language",
                    "target_language",
                    "engine_version"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "machine_translation_sweeps" (
                "source" character varying(40) NOT NULL,
                "swept_until" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_5306a122eb439e0e54c7a58248f" PRIMARY KEY ("source")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "machine_translation_sweeps"
        `);
        await queryRunner.query(`
            DROP TABLE "machine_translations"
        `);
    }

}
