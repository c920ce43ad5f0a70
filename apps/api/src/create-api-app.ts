import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyMultipart from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, loadConfig, type AppConfig } from '@assay/config';
import { AppModule } from './app.module.js';
import { registerCors, registerSecurityHeaders } from './common/security-headers.js';
import { registerGraphqlRequestGuard } from './graphql/graphql-request-guard.js';
import { registerPublicQueryCache } from './graphql/public-query-cache.js';
import { MULTIPART_OPTIONS } from './modules/evidence/evidence-upload-limits.js';
import { serveWebApp } from './web-app/serve-web-app.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Builds the api (used by main.ts, the tests and the schema writer); the caller decides whether to listen. */
export async function createApiApp(): Promise<NestFastifyApplication> {
  const { TRUST_PROXY_HOPS } = loadConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    // request.ip: the client as the configured proxies saw it, never an address the client wrote itself.
    trustProxy: TRUST_PROXY_HOPS > 0 ? (_address: string, hop: number) => hop < TRUST_PROXY_HOPS : false,
    // Not `requestIdHeader`: Fastify would then take the header as-is and skip genReqId's validation below.
    requestIdHeader: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const fromProxy = request.headers['x-request-id'];
      return typeof fromProxy === 'string' && REQUEST_ID.test(fromProxy) ? fromProxy : randomUUID();
    },
  });
  // Callers (and their support staff) can quote the id that every log line of their request carries.
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Evidence uploads (POST /evidence) are streamed from multipart bodies, which bodyLimit does not cover.
  await adapter.getInstance().register(fastifyMultipart, MULTIPART_OPTIONS);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  // Before app.init() registers the routes (the relaxed CSP of GraphiQL and Bull Board is set as they are added).
  const config = app.get<AppConfig>(APP_CONFIG);
  await registerSecurityHeaders(adapter.getInstance(), config);
  await registerCors(adapter.getInstance(), config);
  // After helmet and CORS: its refusals carry their headers too.
  registerGraphqlRequestGuard(adapter.getInstance());
  registerPublicQueryCache(adapter.getInstance(), { ttlMs: config.PUBLIC_QUERY_CACHE_MS, maxEntries: 500 });
  app.useLogger(app.get(Logger));
  await serveWebApp(app);
  app.enableShutdownHooks();
  return app;
}
