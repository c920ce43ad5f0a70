import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { unauthenticated, type Actor, type OrganisationKind, type OrganisationStatus, type UserRole } from '@assay/domain';

interface AccessClaims {
  sub: string;
  org: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
  role: UserRole;
}

/** Short-lived HS256 access tokens carrying the caller's organisation and role. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(actor: Actor): { token: string; expiresInSeconds: number } {
    const claims: AccessClaims = {
      sub: actor.userId,
      org: actor.organisationId,
      kind: actor.organisationKind,
      status: actor.organisationStatus,
      role: actor.role,
    };
    const expiresInSeconds = this.config.ACCESS_TOKEN_TTL_SECONDS;
    return { token: this.jwt.sign(claims, { expiresIn: expiresInSeconds }), expiresInSeconds };
  }

  /** Reads `Authorization: Bearer <jwt>`; no header is an anonymous caller, a bad token is refused. */
  actorFromHeader(header: string | undefined): Actor | null {
    if (!header) return null;
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <access token>"');
    return this.actorFromToken(match[1]);
  }

  /** Seconds until a token (already verified by actorFromToken) expires. */
  secondsLeft(token: string): number {
    const { exp } = this.jwt.decode<{ exp?: number }>(token) ?? {};
    return exp ? Math.max(0, Math.floor(exp - Date.now() / 1000)) : 0;
  }

  /** The caller an access token names (from a header or a cookie); a bad or expired token is refused. */
  actorFromToken(token: string): Actor {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw unauthenticated('The access token is invalid or expired; refresh it or sign in again');
    }
    return {
      userId: claims.sub,
      organisationId: claims.org,
      organisationKind: claims.kind,
      organisationStatus: claims.status,
      role: claims.role,
    };
  }
}
