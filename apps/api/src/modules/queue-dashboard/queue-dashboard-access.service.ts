import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { requireAssociationAdmin, unauthenticated, type Actor } from '@assay/domain';
import { AccessTokenService } from '../auth/access-token.service.js';
import { clearedSessionCookie, sessionCookie, sessionTokenFrom } from './queue-dashboard-cookie.js';

export interface QueueDashboardCaller {
  actor: Actor;
  /** How the caller proved who they are: a session is opened with a bearer token only, never with a session. */
  via: 'bearer' | 'session';
  /** The access token presented. */
  token: string;
}

type Headers = Record<string, string | string[] | undefined>;

/** Who may open the queue dashboard (association admins), and its browser sessions. */
@Injectable()
export class QueueDashboardAccess {
  constructor(
    private readonly tokens: AccessTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The caller of a dashboard request: `Authorization: Bearer` when sent (a bad one is refused, not ignored),
   * else the session cookie. Anonymous → UNAUTHENTICATED; anyone but an association admin → FORBIDDEN.
   */
  admit(headers: Headers): QueueDashboardCaller {
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
    if (authorization) {
      const token = /^Bearer (\S+)$/.exec(authorization.trim())?.[1] ?? '';
      return { actor: requireAssociationAdmin(this.tokens.actorFromHeader(authorization)), via: 'bearer', token };
    }
    const token = sessionTokenFrom(typeof headers.cookie === 'string' ? headers.cookie : undefined);
    if (!token) {
      throw unauthenticated('Sign in: send Authorization: Bearer <access token>, or open a browser session with POST /admin/queues/session');
    }
    return { actor: requireAssociationAdmin(this.tokens.actorFromToken(token)), via: 'session', token };
  }

  /**
   * A session cookie holding the very access token the caller presented, for what is left of its life. Never a
   * new token: a session must not outlive the sign-in it came from (a sign-out or a changed role ends it when
   * the token expires, as for every other request).
   */
  openSession(caller: QueueDashboardCaller): { setCookie: string; expiresInSeconds: number } {
    if (caller.via !== 'bearer') throw unauthenticated('Opening a dashboard session needs Authorization: Bearer <access token>');
    const expiresInSeconds = this.tokens.secondsLeft(caller.token);
    return { setCookie: sessionCookie(caller.token, expiresInSeconds, this.secureCookies), expiresInSeconds };
  }

  closeSession(): string {
    return clearedSessionCookie(this.secureCookies);
  }

  /** Production is served over HTTPS (behind its proxy); development and tests over plain HTTP. */
  private get secureCookies(): boolean {
    return this.config.NODE_ENV === 'production';
  }
}
