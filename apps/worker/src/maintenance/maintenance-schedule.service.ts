import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { QueueName, type AuditChainCheckJob, type CertificateLifecycleJob } from '@assay/queue';

/** Daily, at a quiet hour (UTC). */
const AUDIT_CHAIN_CHECK_SCHEDULE = { pattern: '17 3 * * *', tz: 'UTC' };

/**
 * Registers the recurring maintenance jobs. `upsertJobScheduler` is idempotent, so every worker process
 * can do it at start: there is still one schedule, and a changed pattern replaces the old one.
 */
@Injectable()
export class MaintenanceScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceScheduleService.name);

  constructor(
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const name: AuditChainCheckJob['name'] = 'audit-chain-check';
    const data: AuditChainCheckJob['data'] = { requestedBy: 'schedule' };
    await this.queue.upsertJobScheduler('audit-chain-check-daily', AUDIT_CHAIN_CHECK_SCHEDULE, { name, data });
    this.logger.log({ job: name, ...AUDIT_CHAIN_CHECK_SCHEDULE }, 'maintenance schedule registered');

    // Each step of the job is idempotent, so a run that overlaps another (or follows a missed one) is harmless.
    const lifecycle: CertificateLifecycleJob['name'] = 'certificate-lifecycle';
    const lifecycleData: CertificateLifecycleJob['data'] = { requestedBy: 'schedule' };
    const every = this.config.CERTIFICATE_LIFECYCLE_EVERY_MINUTES * 60_000;
    await this.queue.upsertJobScheduler('certificate-lifecycle', { every }, { name: lifecycle, data: lifecycleData });
    this.logger.log({ job: lifecycle, everyMs: every }, 'maintenance schedule registered');
  }
}
