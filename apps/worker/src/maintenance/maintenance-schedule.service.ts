import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName, type AuditChainCheckJob } from '@assay/queue';

/** Daily, at a quiet hour (UTC). */
const AUDIT_CHAIN_CHECK_SCHEDULE = { pattern: '17 3 * * *', tz: 'UTC' };

/**
 * Registers the recurring maintenance jobs. `upsertJobScheduler` is idempotent, so every worker process
 * can do it at start: there is still one schedule, and a changed pattern replaces the old one.
 */
@Injectable()
export class MaintenanceScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceScheduleService.name);

  constructor(@InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    const name: AuditChainCheckJob['name'] = 'audit-chain-check';
    const data: AuditChainCheckJob['data'] = { requestedBy: 'schedule' };
    await this.queue.upsertJobScheduler('audit-chain-check-daily', AUDIT_CHAIN_CHECK_SCHEDULE, { name, data });
    this.logger.log({ job: name, ...AUDIT_CHAIN_CHECK_SCHEDULE }, 'maintenance schedule registered');
  }
}
