import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName, type AssayJob } from '@assay/queue';
import { CertificateLifecycleService } from '../certificate-lifecycle/certificate-lifecycle.service.js';
import { AuditChainCheckService } from '../maintenance/audit-chain-check.service.js';

type MaintenanceJob = Extract<AssayJob, { queue: typeof QueueName.MAINTENANCE }>;

/** Jobs of the maintenance queue: translate the job into one service call. */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly auditChain: AuditChainCheckService,
    private readonly certificateLifecycle: CertificateLifecycleService,
  ) {
    super();
  }

  async process(job: Job<MaintenanceJob['data'], unknown, MaintenanceJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'audit-chain-check':
        return this.auditChain.check(job.data.requestedBy);
      case 'certificate-lifecycle':
        return this.certificateLifecycle.run(new Date());
      default: {
        // A job name from a newer producer: retrying cannot help.
        const name: string = job.name;
        throw new UnrecoverableError(`maintenance queue has no job named "${name}"`);
      }
    }
  }
}
