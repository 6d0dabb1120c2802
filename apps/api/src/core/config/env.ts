import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

/** Every environment variable the API reads; `.env.example` documents the same list. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    COOKIE_SECURE: bool.optional(),
    /** Behind a reverse proxy (TLS ended there): trust its X-Forwarded-For/-Proto/-Host (one hop). */
    TRUST_PROXY: bool.default(false),
    /** Other origins allowed to send requests with the cookies (comma-separated, e.g. https://app.example.org). */
    ALLOWED_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim().replace(/\/$/, '').toLowerCase())
          .filter(Boolean),
      ),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must have at least 10 characters').optional(),
    DEMO_DATA: bool.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().optional(),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    /** Accounts created from one address per hour (a public event behind one NAT may need more). */
    REGISTRATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
    /** Bearer token /api/metrics asks for; without one, metrics are served only outside production. */
    METRICS_TOKEN: z.string().min(16, 'must have at least 16 characters').optional(),
    /** Publish the OpenAPI document and UI at /api/docs  [true outside production]. */
    OPENAPI_PUBLIC: bool.optional(),
    /** Open sockets one signed-in person may hold, all API processes together (tabs, devices). */
    SOCKETS_PER_USER: z.coerce.number().int().min(1).max(1000).default(20),
    /** How long a crashed process's sockets keep their places in SOCKETS_PER_USER, in seconds (live ones are renewed). */
    SOCKET_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Polyphony <no-reply@polyphony.local>'),
    /** The address people open: links in e-mails start with it. */
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^/]+$/, 'must be an origin such as https://participa.example.org (no path, no trailing slash)')
      .optional(),
    /** Single sign-on with OpenID Connect: the issuer, client id and secret, all three or none. */
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** The sign-in button's label, e.g. "Ville de Grenoble (agents)"  [the issuer's host] */
    OIDC_LABEL: z.string().min(1).max(60).optional(),
    MODERATION_AUTO_HIDE_REPORTS: z.coerce.number().int().min(1).max(1000).default(3),
    /** Work on background jobs (pg-boss, schema pgboss) in this process; when false it only queues them. */
    JOBS_ENABLED: bool.default(true),
    /** Worker threads for heavy computations such as synthesis. */
    JOBS_WORKER_THREADS: z.coerce.number().int().min(1).max(32).default(1),
    /** PostgreSQL connections of pg-boss (apart from the API's own pool). */
    JOBS_DB_POOL_MAX: z.coerce.number().int().min(1).max(50).default(4),
    /** How often idle job workers look for work, in seconds (jobs queued by this process start at once). */
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    /** Machine translation engine; unset: apertium when installed here, none otherwise. */
    TRANSLATION_ENGINE: z.enum(['apertium', 'apy', 'none']).optional(),
    /** Apertium-APy server for TRANSLATION_ENGINE=apy. */
    APERTIUM_APY_URL: z
      .string()
      .regex(/^https?:\/\//, 'must start with http:// or https://')
      .optional(),
    /** Apertium pipelines per direction in this process. */
    TRANSLATION_POOL_SIZE: z.coerce.number().int().min(1).max(8).default(2),
    /** Milliseconds one text may take before its pipeline is restarted. */
    TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
    /** Units of engine work (2,000 characters each) a signed-in reader may ask per rate-limit window (an anonymous address: a quarter). */
    TRANSLATION_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
    /** Units of engine work all anonymous readers together may ask per rate-limit window (then: cached translations only). */
    TRANSLATION_ANONYMOUS_LIMIT: z.coerce.number().int().min(1).default(1200),
  })
  .superRefine((env, ctx) => {
    const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
    const set = oidc.filter((name) => env[name] !== undefined);
    if (set.length && set.length < oidc.length) {
      for (const name of oidc.filter((n) => env[n] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [name], message: `is required with ${set.join(', ')} (single sign-on needs all three)` });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Validates the environment; throws an EnvError naming every wrong variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema
    .refine((env) => env.TRANSLATION_ENGINE !== 'apy' || !!env.APERTIUM_APY_URL, {
      message: 'is required when TRANSLATION_ENGINE=apy',
      path: ['APERTIUM_APY_URL'],
    })
    .safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
    });
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  return result.data;
}

export const ENV = Symbol('ENV');
