import { z } from 'zod';

const DEVELOPMENT_JWT_SECRET = 'assay-development-only-secret-not-for-production';

/** `https://app.example.org` or `http://localhost:5173`: what a browser sends in its Origin header. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

const integer = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

/** Every environment variable Assay reads, in one place. `.env.example` lists the same names. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: integer(3000).pipe(z.number().max(65535)),
    /**
     * Proxies in front of the api whose X-Forwarded-For may be believed (0: none, the socket's address is the
     * client). Per-address limits (sign-in, /verify) depend on it: too many lets clients pick their address,
     * too few makes every client look like the load balancer.
     */
    TRUST_PROXY_HOPS: integer(0, 0).pipe(z.number().max(10)),
    PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .default('postgres://postgres@127.0.0.1:5432/assay'),
    DATABASE_POOL_SIZE: integer(10),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9:_-]+$/, 'letters, digits, ":", "_" and "-" only')
      .default('assay'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_JWT_SECRET),
    ACCESS_TOKEN_TTL_SECONDS: integer(900),
    REFRESH_TOKEN_TTL_SECONDS: integer(30 * 24 * 3600),
    INVITATION_TTL_SECONDS: integer(7 * 24 * 3600),
    LOGIN_MAX_ATTEMPTS_PER_EMAIL: integer(5),
    LOGIN_MAX_ATTEMPTS_PER_IP: integer(30),
    LOGIN_WINDOW_SECONDS: integer(15 * 60),
    /** Public certificate verification (GET /verify/:serial): requests allowed per IP address within the window. */
    VERIFY_MAX_REQUESTS_PER_IP: integer(60),
    VERIFY_WINDOW_SECONDS: integer(60),
    GRAPHQL_MAX_DEPTH: integer(8),
    GRAPHQL_MAX_COMPLEXITY: integer(5000),
    /** Aliased fields per operation: each alias runs its resolver again, which a cost estimate alone prices too low. */
    GRAPHQL_MAX_ALIASES: integer(30),
    /**
     * Anonymous GraphQL queries (the public directory, certified providers) are answered again from memory for this
     * long, and identical ones running at once share one run; 0 turns it off. Public answers lag the data by at most twice this.
     */
    PUBLIC_QUERY_CACHE_MS: integer(1000, 0).pipe(z.number().max(60_000)),
    GRAPHQL_EXPLORER: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
    /** Where evidence files are stored (local-disk storage); relative paths are resolved from the working directory. */
    EVIDENCE_DIR: z.string().min(1).default('.data/evidence'),
    /** The built web app (npm run web:build) the api serves at `/`; relative to the working directory unless absolute. */
    WEB_DIST_DIR: z.string().min(1).default('apps/web/dist'),
    OUTBOX_POLL_MS: integer(1000),
    OUTBOX_STALE_SECONDS: integer(60),
    /** Scoring jobs a worker holds at once; those that arrive together are stored in one transaction (up to 50). */
    SCORING_CONCURRENCY: integer(32),
    /** How often the worker expires certificates, sends expiry reminders and opens reassessments. */
    CERTIFICATE_LIFECYCLE_EVERY_MINUTES: integer(60),
    /** Port of the worker's Prometheus endpoint (GET /metrics); 0 picks a free one (the tests do). */
    WORKER_METRICS_PORT: integer(9464, 0).pipe(z.number().max(65535)),
    /**
     * Certificates are signed with this Ed25519 key (PKCS#8 PEM; `\n` escapes allowed) under this key id. Required
     * in production; development and test generate one into CERTIFICATE_KEYS_DIR on first start and reuse it.
     */
    CERTIFICATE_SIGNING_KEY: z.string().trim().min(1).optional(),
    CERTIFICATE_SIGNING_KEY_ID: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, '1-64 letters, digits, ".", "_" or "-"')
      .optional(),
    /** Public keys of retired signing keys, as a JSON object { "<key id>": "<PEM or base64 SPKI>" }: they keep verifying. */
    CERTIFICATE_RETIRED_PUBLIC_KEYS: z
      .string()
      .default('{}')
      .transform((text, ctx) => {
        if (text.trim() === '') return {}; // set but empty, as docker-compose passes an unset variable
        try {
          return z.record(z.string(), z.string().min(1)).parse(JSON.parse(text));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON object of key id -> public key (PEM or base64 SPKI)' });
          return z.NEVER;
        }
      }),
    /** Where development and test keep the signing key they generate (never used in production). */
    CERTIFICATE_KEYS_DIR: z.string().min(1).default('.data/certificate-keys'),
    /**
     * Origins (scheme://host[:port]) whose pages may call the api from a browser, comma-separated. Empty (the
     * default): same-origin only, as the web app served by the api itself needs no CORS.
     */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((text, ctx) => {
        const origins = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
        for (const origin of origins) {
          if (!isOrigin(origin)) {
            ctx.addIssue({ code: 'custom', message: `"${origin}" is not an origin: write scheme://host[:port], without a path or a trailing slash` });
            return z.NEVER;
          }
        }
        return origins;
      }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set in production' });
    }
    if (env.NODE_ENV === 'production' && !env.CERTIFICATE_SIGNING_KEY) {
      ctx.addIssue({ code: 'custom', path: ['CERTIFICATE_SIGNING_KEY'], message: 'must be set in production (an Ed25519 PKCS#8 PEM; see docs/certificates.md)' });
    }
    if (Boolean(env.CERTIFICATE_SIGNING_KEY) !== Boolean(env.CERTIFICATE_SIGNING_KEY_ID)) {
      ctx.addIssue({ code: 'custom', path: ['CERTIFICATE_SIGNING_KEY_ID'], message: 'CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_KEY_ID go together' });
    }
  })
  .transform((env) => ({
    ...env,
    GRAPHQL_EXPLORER: env.GRAPHQL_EXPLORER ?? env.NODE_ENV === 'development',
  }));

export type AppConfig = z.output<typeof envSchema>;
