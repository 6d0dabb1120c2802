import { detectLanguage } from '@polyphony/synthesis';
import type { StakeholderCategory } from '@polyphony/contracts';
import type { ContributionInput, ParticipationInput } from './contributions.service';
import { participantKey } from './participant-key';

/**
 * The SQL of contributions written in batches (ContributionsService.recordMany, freshBatchSql):
 * the inputs as common table expressions, one bump of the balance per consultation and participant.
 */
export type Write = ContributionInput & { text: string; language: string };
export type Previous = {
  source: string;
  source_ref: string;
  consultation_id: string | null;
  author_user_id: string | null;
  author_organisation_id: string | null;
  author_label: string | null;
};

/** Inputs in order, a source ref given twice keeping its last one. */
export function lastPerRef(inputs: ContributionInput[]): ContributionInput[] {
  const byRef = new Map<string, ContributionInput>();
  for (const input of inputs) {
    const ref = `${input.source}\u0000${input.sourceRef}`;
    byRef.delete(ref);
    byRef.set(ref, input);
  }
  return [...byRef.values()];
}

/** The trimmed text and its language, or null for an empty text (its contribution is removed). */
export function toWrite(input: ContributionInput): Write | null {
  const text = input.text.trim();
  return text ? { ...input, text, language: detectLanguage(text).language } : null;
}

/**
 * The writes of a batch as CTEs (c, pa, cp), one bump per consultation and participant as the
 * sequence of single bumps would leave it. `previous`: the locked contributions of the refs;
 * `moved` receives the participants a contribution leaves (to unbump).
 */
export function batchCtes(
  writes: Write[],
  previous: Map<string, Previous>,
  participations: ParticipationInput[],
  params: unknown[],
  guard: string,
  moved: { consultationId: string | null; key: string | null }[],
): { sql: string; params: unknown[] } | null {
  interface Batched {
    consultationId: string;
    key: string;
    category: StakeholderCategory;
    country: string | null;
    contributions: number;
    first: Date;
    last: Date;
    origins: ({ value: string } | { lookup: string })[];
  }
  const bumps = new Map<string, Batched>();
  const bumpOf = (
    consultationId: string | null,
    key: string | null,
    input: { category: StakeholderCategory; country: string | null; authorUserId?: string | null; originTerritory?: string | null },
    at: Date,
  ) => {
    if (!key || !consultationId) return undefined;
    const id = `${consultationId}\u0000${key}`;
    const b = bumps.get(id) ?? {
      consultationId,
      key,
      category: input.category,
      country: input.country,
      contributions: 0,
      first: at,
      last: at,
      origins: [],
    };
    b.category = input.category;
    b.country = input.country;
    if (at < b.first) b.first = at;
    if (at > b.last) b.last = at;
    if (input.category === 'diaspora') {
      if (input.originTerritory !== undefined || !input.authorUserId) {
        if (input.originTerritory) b.origins.push({ value: input.originTerritory });
      } else b.origins.push({ lookup: input.authorUserId });
    }
    bumps.set(id, b);
    return b;
  };
  const now = new Date();
  for (const w of writes) {
    const key = participantKey(w);
    const prev = previous.get(`${w.source}\u0000${w.sourceRef}`);
    const b = bumpOf(w.consultationId, key, w, w.createdAt ?? now);
    if (prev) {
      const previousKey = participantKey({
        authorUserId: prev.author_user_id,
        authorOrganisationId: prev.author_organisation_id,
        authorLabel: prev.author_label,
      });
      if (previousKey === key && prev.consultation_id === w.consultationId) continue;
      moved.push({ consultationId: prev.consultation_id, key: previousKey });
    }
    if (b) b.contributions += 1;
  }
  const parts = participations.map((p) => ({ ...p, key: participantKey(p), at: p.createdAt ?? now })).filter((p) => p.key);
  for (const p of parts) bumpOf(p.consultationId, p.key, p, p.at);
  if (!writes.length && !bumps.size) return null;

  const rows = [...bumps.values()].sort((a, b) => (a.consultationId + a.key < b.consultationId + b.key ? -1 : 1));
  // The last explicit origin wins; a profile lookup after it comes first (it may be empty).
  const origins = rows.map((b) => {
    let lookup: string | null = null;
    for (let i = b.origins.length - 1; i >= 0; i--) {
      const o = b.origins[i];
      if ('value' in o) return { lookup, value: o.value };
      lookup ??= o.lookup;
    }
    return { lookup, value: null };
  });
  const $ = (value: unknown) => `$${params.push(value)}`;
  const sql = `c AS (
       INSERT INTO contributions (source, source_ref, consultation_id, text, language, category, country, author_user_id, author_organisation_id, author_label, key_point, created_at)
       SELECT source, source_ref, consultation_id, text, language, category, country, author_user_id, author_organisation_id, author_label, key_point, coalesce(created_at, now())
       FROM unnest(${$(writes.map((w) => w.source))}::varchar[], ${$(writes.map((w) => w.sourceRef))}::varchar[], ${$(writes.map((w) => w.consultationId))}::uuid[],
                   ${$(writes.map((w) => w.text))}::text[], ${$(writes.map((w) => w.language))}::varchar[], ${$(writes.map((w) => w.category))}::varchar[],
                   ${$(writes.map((w) => w.country))}::char(2)[], ${$(writes.map((w) => w.authorUserId ?? null))}::uuid[], ${$(writes.map((w) => w.authorOrganisationId ?? null))}::uuid[],
                   ${$(writes.map((w) => w.authorLabel ?? null))}::varchar[], ${$(writes.map((w) => w.keyPoint ?? false))}::boolean[], ${$(writes.map((w) => w.createdAt ?? null))}::timestamptz[])
         AS i(source, source_ref, consultation_id, text, language, category, country, author_user_id, author_organisation_id, author_label, key_point, created_at)
       WHERE ${guard}
       ON CONFLICT (source, source_ref) DO UPDATE SET text = EXCLUDED.text, language = EXCLUDED.language, category = EXCLUDED.category, country = EXCLUDED.country,
         author_user_id = EXCLUDED.author_user_id, author_organisation_id = EXCLUDED.author_organisation_id, author_label = EXCLUDED.author_label,
         key_point = EXCLUDED.key_point, updated_at = now()
     ), pa AS (
       INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at)
       SELECT * FROM unnest(${$(parts.map((p) => p.consultationId))}::uuid[], ${$(parts.map((p) => p.source))}::varchar[], ${$(parts.map((p) => p.sourceRef))}::varchar[],
                            ${$(parts.map((p) => p.key))}::varchar[], ${$(parts.map((p) => p.category))}::varchar[], ${$(parts.map((p) => p.country))}::char(2)[], ${$(parts.map((p) => p.at))}::timestamptz[])
       WHERE ${guard}
       ON CONFLICT (source, source_ref) DO NOTHING RETURNING consultation_id, participant_key
     ), cp AS (
       INSERT INTO consultation_participants AS p (consultation_id, participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at)
       SELECT b.consultation_id, b.key, b.category, b.country,
              coalesce((SELECT u.origin_territory FROM users u WHERE u.id = b.lookup), b.origin),
              b.contributions, (SELECT count(*) FROM pa WHERE pa.consultation_id = b.consultation_id AND pa.participant_key = b.key)::int, b.first_at, b.last_at
       FROM unnest(${$(rows.map((b) => b.consultationId))}::uuid[], ${$(rows.map((b) => b.key))}::varchar[], ${$(rows.map((b) => b.category))}::varchar[], ${$(rows.map((b) => b.country))}::char(2)[],
                   ${$(origins.map((o) => o.lookup))}::uuid[], ${$(origins.map((o) => o.value))}::varchar[], ${$(rows.map((b) => b.contributions))}::int[],
                   ${$(rows.map((b) => b.first))}::timestamptz[], ${$(rows.map((b) => b.last))}::timestamptz[])
         WITH ORDINALITY AS b(consultation_id, key, category, country, lookup, origin, contributions, first_at, last_at, n)
       WHERE ${guard}
       ORDER BY b.n
       ON CONFLICT (consultation_id, participant_key) DO UPDATE SET
         category = EXCLUDED.category, country = EXCLUDED.country,
         origin_territory = coalesce(EXCLUDED.origin_territory, p.origin_territory),
         contributions = p.contributions + EXCLUDED.contributions, other_inputs = p.other_inputs + EXCLUDED.other_inputs,
         first_at = least(p.first_at, EXCLUDED.first_at), last_at = greatest(p.last_at, EXCLUDED.last_at)
     )`;
  return { sql, params };
}
