import { Injectable, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { requireActor, unauthenticated, type Actor } from '@assay/domain';
import { AccessTokenService } from '../modules/auth/access-token.service.js';

/** The caller of each REST request, kept beside the request rather than on it. */
const actors = new WeakMap<object, Actor>();

/**
 * REST routes that need a signed-in caller: reads `Authorization: Bearer <access token>` the way the GraphQL
 * context does, and refuses (401) an anonymous caller or a bad token before the handler (or the body) is read.
 */
@Injectable()
export class BearerActorGuard implements CanActivate {
  constructor(private readonly tokens: AccessTokenService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    const header = request.headers.authorization;
    actors.set(request, requireActor(this.tokens.actorFromHeader(typeof header === 'string' ? header : undefined)));
    return true;
  }
}

/** The caller that BearerActorGuard let through. */
export const RestActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = actors.get(context.switchToHttp().getRequest<object>());
  if (!actor) throw unauthenticated();
  return actor;
});
