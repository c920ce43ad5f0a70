import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const GRAPHQL_PATH = '/graphql';
/** What a GraphQL POST may be: JSON, or a bare document (mercurius reads `application/graphql` too). */
const GRAPHQL_BODY_TYPES = new Set(['application/json', 'application/graphql']);

const isGraphqlPost = (request: FastifyRequest) => request.method === 'POST' && request.url.split('?')[0] === GRAPHQL_PATH;

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ data: null, errors: [{ message, extensions: { code } }] });
}

/**
 * Refusals mercurius would otherwise get wrong, answered in GraphQL's error shape before any parsing or execution:
 * - a body that is neither JSON nor a GraphQL document: 415. Nest's Fastify adapter parses HTML forms, so a
 *   cross-site `<form>` (urlencoded, sent without a CORS preflight) would otherwise run an operation;
 * - a batch (a JSON array of operations): 400, as it would multiply every per-request limit by its length;
 * - a `query` that is not text: 400 (mercurius accepts any JSON type there, then fails inside).
 */
export function registerGraphqlRequestGuard(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!isGraphqlPost(request)) return;
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!GRAPHQL_BODY_TYPES.has(type)) {
      // Refused before its body is read: nothing will read the rest, so the connection ends with this answer.
      void reply.header('connection', 'close');
      return refuse(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json');
    }
  });
  fastify.addHook('preValidation', async (request, reply) => {
    if (!isGraphqlPost(request)) return;
    const body = request.body as { query?: unknown } | null;
    if (Array.isArray(body)) {
      return refuse(reply, 400, 'BAD_USER_INPUT', 'Batched requests are not accepted: send one GraphQL operation per request');
    }
    if (body && typeof body === 'object' && 'query' in body && typeof body.query !== 'string') {
      return refuse(reply, 400, 'BAD_USER_INPUT', 'query must be a string holding a GraphQL document');
    }
  });
}
