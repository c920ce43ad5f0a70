import fastifyCors from '@fastify/cors';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { AppConfig } from '@assay/config';

type CspDirectives = Record<string, string[]>;

/**
 * The policy of every answer: pages (the web app served at `/`, the verification page) load scripts, styles,
 * images and data from the api's own origin only; inline styles are allowed, inline scripts are not.
 */
export const GLOBAL_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Two pages are not ours and load from elsewhere; each gets what it needs on its own routes rather than
 * weakening the global policy. GraphiQL (development only, served by mercurius) fetches React and GraphiQL
 * from unpkg (main.js) and caches them in a service worker (sw.js, whose own CSP governs its fetches).
 * Bull Board serves its scripts itself but links the IBM Plex fonts from Google Fonts.
 */
export const RELAXED_CSP: { prefix: string; directives: CspDirectives }[] = [
  {
    prefix: '/graphiql',
    directives: {
      ...GLOBAL_CSP,
      'script-src': ["'self'", 'https://unpkg.com'],
      'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
      'font-src': ["'self'", 'data:', 'https://unpkg.com'],
      'connect-src': ["'self'", 'https://unpkg.com'],
      'worker-src': ["'self'"],
    },
  },
  {
    prefix: '/admin/queues',
    directives: {
      ...GLOBAL_CSP,
      'style-src': ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
      'font-src': ["'self'", 'https://fonts.gstatic.com'],
    },
  },
];

function helmetOptions(directives: CspDirectives, config: AppConfig): FastifyHelmetOptions {
  const https = new URL(config.PUBLIC_BASE_URL).protocol === 'https:';
  return {
    // useDefaults off: the policy is exactly the one written here, not helmet's defaults merged in.
    contentSecurityPolicy: { useDefaults: false, directives: https ? { ...directives, 'upgrade-insecure-requests': [] } : directives },
    // HSTS only means something over HTTPS; announcing it from a plain-HTTP development server is noise.
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    // The api's JSON (certificate verification, public keys) is read cross-origin with CORS, which CORP does
    // not restrict; same-site keeps other sites from embedding our answers as images or scripts.
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'no-referrer' },
    // The same as frame-ancestors 'none', for browsers that predate CSP 2.
    frameguard: { action: 'deny' },
  };
}

/** True when `url` is `prefix` itself or below it (`/graphiql/main.js`, not `/graphiqlx`). */
function under(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(`${prefix}/`);
}

/**
 * Helmet on every answer of the Fastify instance (routes, errors, 404s, static files), with the relaxed
 * policies above on their own routes. Registered before the application's routes: the onRoute hook must see
 * mercurius' and Bull Board's routes being added.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const relaxed = RELAXED_CSP.find(({ prefix }) => under(route.url, prefix));
    if (relaxed && route.helmet === undefined) {
      route.config = { ...(route.config as object), helmet: helmetOptions(relaxed.directives, config) } as RouteOptions['config'];
    }
  });
  await fastify.register(fastifyHelmet, { global: true, ...helmetOptions(GLOBAL_CSP, config) });
}

/**
 * CORS for the configured origins only (CORS_ORIGINS). Any other origin gets no CORS header at all, and its
 * preflight answers 404 as if OPTIONS did not exist. Credentials (cookies) are never allowed cross-origin:
 * cross-origin callers send a Bearer token, which needs no cookie. `GET /verify/<serial>` answers every
 * origin by itself (public, no credentials).
 */
export async function registerCors(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  const allowed = new Set(config.CORS_ORIGINS);
  await fastify.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition'],
    maxAge: 600,
  });
}
