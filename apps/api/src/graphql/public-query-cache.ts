import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, parse, type DocumentNode } from 'graphql';

const GRAPHQL_PATH = '/graphql';
/** Above this a body is not kept (a page of the directory is ~30 KB). */
const MAX_BODY_BYTES = 512 * 1024;
/** Documents whose kind (query or not) is remembered, so a document is parsed here once. */
const MAX_DOCUMENTS = 1000;
/** Longer documents or variables are never kept, so that memory stays bounded whatever anonymous callers send. */
const MAX_KEY_LENGTH = 16 * 1024;

export interface PublicQueryCacheOptions {
  /** How long an answer is served again; 0 turns the cache off. */
  ttlMs: number;
  /** Answers kept at once (oldest dropped first). */
  maxEntries: number;
}

interface GraphqlBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Whether the operation a request runs (by name, or the document's only one) is a query: mutations and
 * subscriptions are never served again. Null when the document does not parse or names no such operation.
 */
export function isQueryOperation(document: DocumentNode, operationName: string | null): boolean | null {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((operation) => operation.name?.value === operationName);
  return chosen ? chosen.operation === 'query' : null;
}

/** The cache key of an anonymous GraphQL POST that runs a query, or null when the request must run as it is. */
function cacheKeyOf(request: FastifyRequest, kinds: Map<string, boolean | null>): string | null {
  if (request.method !== 'POST' || request.url !== GRAPHQL_PATH || request.headers.authorization !== undefined) return null;
  const body = request.body as GraphqlBody | null;
  if (!body || typeof body !== 'object' || typeof body.query !== 'string') return null;
  const operationName = typeof body.operationName === 'string' ? body.operationName : null;
  const kindKey = `${operationName ?? ''}\u0000${body.query}`;
  if (kindKey.length > MAX_KEY_LENGTH) return null;
  let isQuery = kinds.get(kindKey);
  if (isQuery === undefined) {
    try {
      isQuery = isQueryOperation(parse(body.query), operationName);
    } catch {
      isQuery = null; // mercurius answers the syntax error
    }
    if (kinds.size >= MAX_DOCUMENTS) kinds.delete(kinds.keys().next().value!);
    kinds.set(kindKey, isQuery);
  }
  if (!isQuery) return null;
  const key = `${kindKey}\u0000${JSON.stringify(body.variables ?? {})}`;
  return key.length > MAX_KEY_LENGTH ? null : key;
}

/** A successful GraphQL answer (HTTP 200, no `errors`): the only kind kept. */
function isSuccess(statusCode: number, payload: unknown): payload is string {
  if (statusCode !== 200 || typeof payload !== 'string' || payload.length > MAX_BODY_BYTES) return false;
  try {
    return !('errors' in (JSON.parse(payload) as object));
  } catch {
    return false;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    publicQueryCacheKey?: string;
  }
}

/**
 * Micro-cache of anonymous GraphQL queries: what anyone may read without signing in (the public directory, the
 * certified providers) is the same for every anonymous caller, so a successful answer is served again for
 * `ttlMs`; identical requests arriving while one is running wait for its answer instead of running the same
 * statements again, and while an expired answer is being refreshed the others get the expired one (stale while
 * revalidate). An answer is therefore at most twice `ttlMs` older than the data (certificate verification,
 * GET /verify, is never cached). Signed-in callers (an Authorization header), mutations, errors and large answers
 * always run. Each api process keeps its own cache.
 */
export function registerPublicQueryCache(fastify: FastifyInstance, { ttlMs, maxEntries }: PublicQueryCacheOptions): void {
  if (ttlMs <= 0) return;
  const answers = new Map<string, { body: string; expiresAt: number }>();
  const running = new Map<string, Promise<string | null>>();
  const settle = new Map<string, (body: string | null) => void>();
  const kinds = new Map<string, boolean | null>();

  const finish = (key: string, body: string | null) => {
    const resolve = settle.get(key);
    if (!resolve) return;
    settle.delete(key);
    running.delete(key);
    resolve(body);
  };

  const send = (reply: FastifyReply, body: string, state: 'hit' | 'stale') =>
    reply.header('content-type', 'application/json; charset=utf-8').header('x-assay-cache', state).send(body);

  // preHandler: the body is parsed and the request guard (graphql-request-guard.ts) has let it through.
  fastify.addHook('preHandler', async (request, reply) => {
    const key = cacheKeyOf(request, kinds);
    if (key === null) return;
    const kept = answers.get(key);
    const now = Date.now();
    if (kept && kept.expiresAt > now) return send(reply, kept.body, 'hit');
    // While one request refreshes an answer that has just expired, the others get the expired one (at most ttl late).
    if (kept && running.has(key) && kept.expiresAt + ttlMs > now) return send(reply, kept.body, 'stale');
    const first = await running.get(key); // nothing kept yet: wait for the request computing it
    if (first) return send(reply, first, 'hit');
    if (running.has(key)) return; // the one running failed or was not kept: this one runs too
    running.set(key, new Promise((resolve) => settle.set(key, resolve)));
    request.publicQueryCacheKey = key;
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    const key = request.publicQueryCacheKey;
    if (key === undefined) return payload;
    void reply.header('x-assay-cache', 'miss');
    if (isSuccess(reply.statusCode, payload)) {
      if (answers.size >= maxEntries) answers.delete(answers.keys().next().value!);
      answers.set(key, { body: payload, expiresAt: Date.now() + ttlMs });
      finish(key, payload);
    } else {
      finish(key, null);
    }
    return payload;
  });

  // Whatever happened to the request (an error, the client gone), those waiting on it run their own.
  const release = async (request: FastifyRequest) => {
    if (request.publicQueryCacheKey !== undefined) finish(request.publicQueryCacheKey, null);
  };
  fastify.addHook('onResponse', release);
  fastify.addHook('onRequestAbort', release);
}
