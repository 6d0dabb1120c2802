import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface CacheKey {
  hash: Buffer;
  from: string;
}

/** A text written by someone, in its stored language, that the background job translates. */
export interface SweepText {
  text: string;
  language: string;
  createdAt: Date;
}

/**
 * Where people's words are stored, with their language and the time they were written or last edited (the
 * `created_at` the sweep follows): what the background job translates (the same units the web shows, so the
 * reader's request finds them cached). Questionnaire free text and interview key points are read from
 * contributions, which keep their text and detected language (an edited key point updates its contribution).
 * A proposal's edits are its versions.
 */
const SOURCES: Record<string, string> = {
  proposals: `SELECT unnest(ARRAY[title, body, expected_results]) AS text, language, created_at FROM proposals`,
  // Every edit (and what each version said: the version history's diff is read in translation).
  proposal_versions: `SELECT unnest(ARRAY[v.snapshot->>'title', v.snapshot->>'body', v.snapshot->>'expectedResults']) AS text,
    p.language, v.created_at FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id`,
  proposal_comments: `SELECT body AS text, language, greatest(created_at, edited_at) AS created_at FROM proposal_comments`,
  room_messages: `SELECT body AS text, language, greatest(created_at, edited_at) AS created_at FROM room_messages`,
  statements: `SELECT text, language, created_at FROM synthesis_statements`,
  plan_annotations: `SELECT unnest(ARRAY[body, proposed_text]) AS text, language, created_at FROM plan_annotations`,
  organisations: `SELECT description AS text, description_language AS language, updated_at AS created_at FROM organisations`,
  answers_and_key_points: `SELECT text, language, updated_at AS created_at FROM contributions WHERE source IN ('questionnaire_answer', 'interview_key_point')`,
};
export const SWEEP_SOURCES = Object.keys(SOURCES);

@Injectable()
export class TranslationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Cached translations of many texts into one language, in one query: hash hex + from -> translation. */
  async read(keys: CacheKey[], to: string, engineVersion: string): Promise<Map<string, string>> {
    if (!keys.length) return new Map();
    const rows: { h: string; f: string; translation: string }[] = await this.db.query(
      `SELECT encode(t.source_hash, 'hex') AS h, t.source_language AS f, t.translation
       FROM unnest($1::bytea[], $2::varchar[]) AS k(hash, lang)
       JOIN machine_translations t ON t.source_hash = k.hash AND t.source_language = k.lang
        AND t.target_language = $3 AND t.engine_version = $4`,
      [keys.map((k) => k.hash), keys.map((k) => k.from), to, engineVersion],
    );
    return new Map(rows.map((r) => [`${r.h}:${r.f}`, r.translation]));
  }

  async write(rows: Array<CacheKey & { to: string; translation: string }>, engineVersion: string): Promise<void> {
    if (!rows.length) return;
    await this.db.query(
      `INSERT INTO machine_translations (source_hash, source_language, target_language, engine_version, translation)
       SELECT hash, f, t, $4, tr FROM unnest($1::bytea[], $2::varchar[], $3::varchar[], $5::text[]) AS r(hash, f, t, tr)
       ON CONFLICT DO NOTHING`,
      [rows.map((r) => r.hash), rows.map((r) => r.from), rows.map((r) => r.to), engineVersion, rows.map((r) => r.translation)],
    );
  }

  /**
   * Counts `weight` units in a sliding window and refuses what would go past `limit`, atomically across replicas
   * (a transaction-scoped advisory lock on the bucket serialises the count and the insert).
   */
  async consumeRateLimit(bucket: string, limit: number, windowSeconds: number, weight = 1): Promise<{ ok: boolean; retryAfter: number }> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [bucket]);
      const [row]: { n: string; oldest: Date | null }[] = await manager.query(
        `SELECT count(*) AS n, min(created_at) AS oldest FROM rate_limit_hits
         WHERE bucket = $1 AND created_at > now() - make_interval(secs => $2)`,
        [bucket, windowSeconds],
      );
      if (Number(row.n) + weight > limit) {
        const retry = row.oldest ? Math.ceil((new Date(row.oldest).getTime() + windowSeconds * 1000 - Date.now()) / 1000) : windowSeconds;
        return { ok: false, retryAfter: Math.max(1, retry) };
      }
      await manager.query(`INSERT INTO rate_limit_hits (bucket) SELECT $1 FROM generate_series(1, $2)`, [bucket, weight]);
      return { ok: true, retryAfter: 0 };
    });
  }

  /**
   * Where the background job stopped for each source; a source seen for the first time starts at the beginning,
   * so what was written before (an upgrade, the demo data) is translated too, a batch per pass.
   */
  async watermarks(): Promise<Map<string, string>> {
    await this.db.query(
      `INSERT INTO machine_translation_sweeps (source, swept_until) SELECT s, 'epoch' FROM unnest($1::varchar[]) AS s ON CONFLICT DO NOTHING`,
      [SWEEP_SOURCES],
    );
    // As text: PostgreSQL keeps microseconds, a JavaScript Date only milliseconds (the last row would come back).
    const rows: { source: string; until: string }[] = await this.db.query(
      `SELECT source, swept_until::text AS until FROM machine_translation_sweeps`,
    );
    return new Map(rows.map((r) => [r.source, r.until]));
  }

  /**
   * Texts of one source written after `after` (oldest first, about `limit` rows) and the time reached. Rows
   * written in one transaction share their time: the batch takes all of its last time, so none is skipped.
   */
  async textsSince(source: string, after: string | Date, limit: number): Promise<{ texts: SweepText[]; until?: string }> {
    const rows: { text: string | null; language: string | null; created_at: Date; at: string }[] = await this.db.query(
      `WITH s AS (${SOURCES[source]}),
         cut AS (SELECT max(created_at) AS c FROM (SELECT created_at FROM s WHERE created_at > $1::timestamptz ORDER BY created_at LIMIT $2) x)
       SELECT text, language, created_at, created_at::text AS at FROM s, cut WHERE created_at > $1::timestamptz AND created_at <= cut.c ORDER BY created_at`,
      [after, limit],
    );
    const texts = rows
      .filter((r) => r.text && r.text.trim() && r.language)
      .map((r) => ({ text: r.text!, language: r.language!, createdAt: new Date(r.created_at) }));
    return { texts, until: rows.length ? rows[rows.length - 1].at : undefined };
  }

  async advance(source: string, until: string): Promise<void> {
    await this.db.query(`UPDATE machine_translation_sweeps SET swept_until = greatest(swept_until, $2::timestamptz) WHERE source = $1`, [
      source,
      until,
    ]);
  }
}
