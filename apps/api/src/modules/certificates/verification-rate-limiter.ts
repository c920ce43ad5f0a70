import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { rateLimited } from '@assay/domain';
import { REDIS } from '@assay/queue';

/**
 * Counts public verification requests per IP address in Redis, shared by every api replica (as the login
 * limiter does), so nobody can walk the serial space or hammer the endpoint. Every request spends a point.
 */
@Injectable()
export class VerificationRateLimiter {
  private readonly logger = new Logger(VerificationRateLimiter.name);
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: false,
      keyPrefix: `${config.REDIS_PREFIX}:verify:ip`,
      points: config.VERIFY_MAX_REQUESTS_PER_IP,
      duration: config.VERIFY_WINDOW_SECONDS,
    });
  }

  /** Spends one request of the address's budget; RATE_LIMITED (with the seconds to wait) once it is spent. */
  async spend(ip: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      // Redis unreachable: verification is a public safety check, so it stays available rather than failing.
      this.logger.warn({ reason: (rejection as Error).message }, 'verification rate limit not checked (Redis unreachable)');
    }
  }
}
