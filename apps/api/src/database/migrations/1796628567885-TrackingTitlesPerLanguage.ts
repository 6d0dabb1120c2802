import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sub-action and milestone titles of tracked actions become per-language texts (issue 13, item 4), the
 * same way OfficialNamesPerLanguage converted budget lines. The titles live inside the jsonb lists
 * action_tracking.sub_actions and .milestones, whose column type does not change, so the generator finds
 * no schema difference ("No changes in database schema"): this file holds only the data conversion, by
 * hand. Up: each existing title becomes the territory's default language's text. Down: strings again
 * (the default language's text, else the first written).
 */
const LISTS = ['sub_actions', 'milestones'];

/** The territory's default language, as a literal safe in SQL. */
async function defaultLanguage(queryRunner: QueryRunner): Promise<string> {
    const [row] = await queryRunner.query(`SELECT default_language FROM territories ORDER BY default_language LIMIT 1`);
    const lang = String(row?.default_language ?? 'fr');
    return /^(fr|es|ca|en)$/.test(lang) ? lang : 'fr';
}

/** A jsonb per-language text back to one string: the default language, else the first written. */
const flatten = (expr: string, lang: string) =>
    `COALESCE(NULLIF(${expr}->>'${lang}', ''), NULLIF(${expr}->>'fr', ''), NULLIF(${expr}->>'es', ''), NULLIF(${expr}->>'ca', ''), NULLIF(${expr}->>'en', ''), '')`;

/** Rewrites the title of every item of a jsonb list whose title has the given jsonb type. */
const convert = (list: string, from: 'string' | 'object', to: string) => `
    UPDATE "action_tracking" SET "${list}" = (
        SELECT jsonb_agg(CASE WHEN jsonb_typeof(x->'title') = '${from}'
            THEN jsonb_set(x, '{title}', ${to}) ELSE x END ORDER BY i)
        FROM jsonb_array_elements("${list}") WITH ORDINALITY AS e(x, i)
    )
    WHERE EXISTS (SELECT 1 FROM jsonb_array_elements("${list}") x WHERE jsonb_typeof(x->'title') = '${from}')
`;

export class TrackingTitlesPerLanguage1796628567885 implements MigrationInterface {
    name = 'TrackingTitlesPerLanguage1796628567885'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const lang = await defaultLanguage(queryRunner);
        for (const list of LISTS) {
            await queryRunner.query(convert(list, 'string', `jsonb_build_object('${lang}', x->>'title')`));
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const lang = await defaultLanguage(queryRunner);
        for (const list of LISTS) {
            await queryRunner.query(convert(list, 'object', `to_jsonb(${flatten(`x->'title'`, lang)})`));
        }
    }

}
