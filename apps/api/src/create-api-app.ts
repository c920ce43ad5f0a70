import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyMultipart from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { MULTIPART_OPTIONS } from './modules/evidence/evidence-upload-limits.js';
import { serveWebApp } from './web-app/serve-web-app.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Builds the api (used by main.ts, the tests and the schema writer); the caller decides whether to listen. */
export async function createApiApp(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy: true,
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
  // Mercurius accepts any JSON type for `query` and then fails inside; a query must be text.
  adapter.getInstance().addHook('preValidation', async (request, reply) => {
    const body = request.body as { query?: unknown } | null;
    if (request.method === 'POST' && request.url.split('?')[0] === '/graphql' && body && typeof body === 'object' && 'query' in body && typeof body.query !== 'string') {
      return reply.code(400).send({ data: null, errors: [{ message: 'query must be a string holding a GraphQL document', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
  // Evidence uploads (POST /evidence) are streamed from multipart bodies, which bodyLimit does not cover.
  await adapter.getInstance().register(fastifyMultipart, MULTIPART_OPTIONS);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await serveWebApp(app);
  app.enableShutdownHooks();
  return app;
}
