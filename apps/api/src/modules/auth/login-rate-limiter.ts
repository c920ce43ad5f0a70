import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { rateLimited } from '@assay/domain';
import { REDIS } from '@assay/queue';

/** Counts failed sign-ins per email and per IP in Redis, shared by every api replica. */
@Injectable()
export class LoginRateLimiter {
  private readonly perEmail: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const common = { storeClient: redis, duration: config.LOGIN_WINDOW_SECONDS, useRedisPackage: false };
    this.perEmail = new RateLimiterRedis({ ...common, keyPrefix: `${config.REDIS_PREFIX}:login:email`, points: config.LOGIN_MAX_ATTEMPTS_PER_EMAIL });
    this.perIp = new RateLimiterRedis({ ...common, keyPrefix: `${config.REDIS_PREFIX}:login:ip`, points: config.LOGIN_MAX_ATTEMPTS_PER_IP });
  }

  /** Refuses with RATE_LIMITED while either the email or the address has spent its budget of failures. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [byEmail, byIp] = await Promise.all([this.perEmail.get(email), this.perIp.get(ip)]);
    const blocked = [
      { state: byEmail, points: this.perEmail.points },
      { state: byIp, points: this.perIp.points },
    ].filter(({ state, points }) => state && state.consumedPoints >= points);
    if (blocked.length) throw rateLimited(Math.max(1, Math.ceil(Math.max(...blocked.map(({ state }) => state!.msBeforeNext)) / 1000)));
  }

  /** Spends one attempt of both budgets: a failed sign-in (successes are free, so colleagues behind one office address can all sign in) or a sign-up. */
  async spend(email: string, ip: string): Promise<void> {
    await Promise.all([this.perEmail.penalty(email), this.perIp.penalty(ip)]);
  }

  /** A successful sign-in clears the email's count, so a typo earlier does not lock the owner out. */
  async succeeded(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }
}
