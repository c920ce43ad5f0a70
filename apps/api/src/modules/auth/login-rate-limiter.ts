import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { rateLimited } from '@assay/domain';
import { REDIS } from '@assay/queue';

/** Counts sign-in attempts per email and per IP in Redis, shared by every api replica. */
@Injectable()
export class LoginRateLimiter {
  private readonly perEmail: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const common = { storeClient: redis, duration: config.LOGIN_WINDOW_SECONDS, useRedisPackage: false };
    this.perEmail = new RateLimiterRedis({ ...common, keyPrefix: `${config.REDIS_PREFIX}:login:email`, points: config.LOGIN_MAX_ATTEMPTS_PER_EMAIL });
    this.perIp = new RateLimiterRedis({ ...common, keyPrefix: `${config.REDIS_PREFIX}:login:ip`, points: config.LOGIN_MAX_ATTEMPTS_PER_IP });
  }

  /** Counts one attempt; refuses with RATE_LIMITED once either budget is spent. */
  async consume(email: string, ip: string): Promise<void> {
    try {
      await Promise.all([this.perEmail.consume(email), this.perIp.consume(ip)]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** A successful sign-in clears the email's count, so a typo earlier does not lock the owner out. */
  async succeeded(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }
}
