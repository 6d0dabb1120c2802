import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Version names, responsible departments, lead departments and budget lines become per-language texts
 * (issue 13, item 4). Generated from the entities; the generated DROP/ADD pairs (which would lose every
 * name) are rewritten as ALTER ... TYPE jsonb USING, and the names inside jsonb content (sections,
 * version snapshots, suggestions, tracking's budget lines), which the generator cannot see, are converted
 * by hand: each existing name becomes the territory's default language's text. Down turns them back
 * into strings (the default language's text, else the first written).
 */
const TEXT_TABLES = ['plan_sections', 'plan_version_sections', 'plan_suggestions'];

/** The territory's default language, as a literal safe in DDL (PostgreSQL refuses subqueries in USING). */
async function defaultLanguage(queryRunner: QueryRunner): Promise<string> {
    const [row] = await queryRunner.query(`SELECT default_language FROM territories ORDER BY default_language LIMIT 1`);
    const lang = String(row?.default_language ?? 'fr');
    return /^(fr|es|ca|en)$/.test(lang) ? lang : 'fr';
}

/** A jsonb per-language text back to one string: the default language, else the first written. */
const flatten = (expr: string, lang: string) =>
    `COALESCE(NULLIF(${expr}->>'${lang}', ''), NULLIF(${expr}->>'fr', ''), NULLIF(${expr}->>'es', ''), NULLIF(${expr}->>'ca', ''), NULLIF(${expr}->>'en', ''), '')`;

export class OfficialNamesPerLanguage1796625118104 implements MigrationInterface {
    name = 'OfficialNamesPerLanguage1796625118104'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const lang = await defaultLanguage(queryRunner);
        await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ALTER COLUMN "name" TYPE jsonb USING jsonb_build_object('${lang}', "name")
        `);
        await queryRunner.query(`
            ALTER TABLE "action_tracking"
            ALTER COLUMN "responsible" TYPE jsonb USING CASE
                WHEN "responsible" IS NULL OR btrim("responsible") = '' THEN NULL
                ELSE jsonb_build_object('${lang}', "responsible")
            END
        `);
        // By hand: names inside jsonb content.
        for (const table of TEXT_TABLES) {
            await queryRunner.query(`
                UPDATE "${table}" SET "content" = jsonb_set("content", '{leadDepartment}', jsonb_build_object('${lang}', "content"->>'leadDepartment'))
                WHERE jsonb_typeof("content"->'leadDepartment') = 'string'
            `);
            await queryRunner.query(`
                UPDATE "${table}" SET "content" = jsonb_set("content", '{budget,line}', jsonb_build_object('${lang}', "content"->'budget'->>'line'))
                WHERE jsonb_typeof("content"->'budget'->'line') = 'string'
            `);
        }
        await queryRunner.query(`
            UPDATE "action_tracking" SET "budget_lines" = (
                SELECT jsonb_agg(CASE WHEN jsonb_typeof(b->'line') = 'string'
                    THEN jsonb_set(b, '{line}', jsonb_build_object('${lang}', b->>'line')) ELSE b END ORDER BY i)
                FROM jsonb_array_elements("budget_lines") WITH ORDINALITY AS x(b, i)
            )
            WHERE EXISTS (SELECT 1 FROM jsonb_array_elements("budget_lines") b WHERE jsonb_typeof(b->'line') = 'string')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const lang = await defaultLanguage(queryRunner);
        await queryRunner.query(`
            UPDATE "action_tracking" SET "budget_lines" = (
                SELECT jsonb_agg(CASE WHEN jsonb_typeof(b->'line') = 'object'
                    THEN jsonb_set(b, '{line}', to_jsonb(${flatten(`b->'line'`, lang)})) ELSE b END ORDER BY i)
                FROM jsonb_array_elements("budget_lines") WITH ORDINALITY AS x(b, i)
            )
            WHERE EXISTS (SELECT 1 FROM jsonb_array_elements("budget_lines") b WHERE jsonb_typeof(b->'line') = 'object')
        `);
        for (const table of TEXT_TABLES) {
            await queryRunner.query(`
                UPDATE "${table}" SET "content" = jsonb_set("content", '{budget,line}', to_jsonb(${flatten(`"content"->'budget'->'line'`, lang)}))
                WHERE jsonb_typeof("content"->'budget'->'line') = 'object'
            `);
            await queryRunner.query(`
                UPDATE "${table}" SET "content" = jsonb_set("content", '{leadDepartment}', to_jsonb(${flatten(`"content"->'leadDepartment'`, lang)}))
                WHERE jsonb_typeof("content"->'leadDepartment') = 'object'
            `);
        }
        await queryRunner.query(`
            ALTER TABLE "action_tracking"
            ALTER COLUMN "responsible" TYPE character varying(200) USING CASE
                WHEN "responsible" IS NULL THEN NULL
                ELSE left(${flatten(`"responsible"`, lang)}, 200)
            END
        `);
        await queryRunner.query(`
            ALTER TABLE "plan_versions"
            ALTER COLUMN "name" TYPE character varying(200) USING left(${flatten(`"name"`, lang)}, 200)
        `);
    }

}
