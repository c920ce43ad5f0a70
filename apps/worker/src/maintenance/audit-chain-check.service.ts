import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { verifyAuditChain, type ChainVerdict } from '@assay/database';
import { REDIS, auditChainVerdictKey, type AuditChainVerdictRecord } from '@assay/queue';

/** Walks the audit hash chain, logs the verdict and leaves it in Redis for the api's gauge. */
@Injectable()
export class AuditChainCheckService {
  private readonly logger = new Logger(AuditChainCheckService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(requestedBy: string): Promise<ChainVerdict> {
    const verdict = await verifyAuditChain(this.dataSource.manager);
    if (verdict.intact) {
      this.logger.log({ events: verdict.rows, requestedBy }, 'audit chain intact');
    } else {
      this.logger.error({ brokenAtId: verdict.brokenAtId, reason: verdict.reason, eventsChecked: verdict.rows, requestedBy }, 'audit chain BROKEN');
    }
    const record: AuditChainVerdictRecord = {
      intact: verdict.intact,
      rows: verdict.rows,
      ...(verdict.intact ? {} : { brokenAtId: verdict.brokenAtId }),
      checkedAt: new Date().toISOString(),
    };
    await this.redis.set(auditChainVerdictKey(this.config.REDIS_PREFIX), JSON.stringify(record));
    return verdict;
  }
}
