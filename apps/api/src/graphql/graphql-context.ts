import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, DomainError } from '@assay/domain';

export interface GraphqlContext {
  request: FastifyRequest;
  reply: FastifyReply;
  /** Null for an anonymous caller. */
  actor: Actor | null;
  /** Set when a token was presented but is bad or expired: every resolver that reads the caller refuses. */
  authError: DomainError | null;
}
