import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '@assay/queue';

/** Each dependency gets this long to answer; a load balancer's probe must not hang on a dead one. */
export const READINESS_TIMEOUT_MS = 1000;

export type DependencyState = 'up' | 'down';

export interface Readiness {
  ready: boolean;
  checks: { postgres: DependencyState; redis: DependencyState };
}

/** Resolves with the probe's outcome, or 'down' when it fails or outlasts `timeoutMs`. */
export async function probe(name: string, check: () => Promise<unknown>, timeoutMs: number, logger: Logger): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch (error) {
    // The reason stays in the logs; the probe's caller only learns 'down'.
    logger.warn({ dependency: name, reason: error instanceof Error ? error.message : String(error) }, 'dependency not ready');
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class ReadinessService {
  private readonly logger = new Logger(ReadinessService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
    const [postgres, redis] = await Promise.all([
      probe('postgres', () => this.dataSource.query('SELECT 1'), timeoutMs, this.logger),
      probe('redis', () => this.redis.ping(), timeoutMs, this.logger),
    ]);
    return { ready: postgres === 'up' && redis === 'up', checks: { postgres, redis } };
  }
}
