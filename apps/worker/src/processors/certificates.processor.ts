import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName, type AssayJob } from '@assay/queue';
import { CertificateRenderingService, type RenderingOutcome } from '../certificates/certificate-rendering.service.js';

type CertificatesJob = Extract<AssayJob, { queue: typeof QueueName.CERTIFICATES }>;

/**
 * Jobs of the certificates queue: translate the job into one service call. Two at a time: a job is three PDF
 * renderings (tens of milliseconds each, CPU-bound), so more would only slow the scoring beside it.
 */
@Processor(QueueName.CERTIFICATES, { concurrency: 2 })
export class CertificatesProcessor extends WorkerHost {
  constructor(private readonly rendering: CertificateRenderingService) {
    super();
  }

  async process(job: Job<CertificatesJob['data'], RenderingOutcome, CertificatesJob['name']>): Promise<RenderingOutcome> {
    switch (job.name) {
      case 'render-certificate':
        return this.rendering.render(job.data);
      default: {
        const name: string = job.name;
        throw new UnrecoverableError(`certificates queue has no job named "${name}"`);
      }
    }
  }
}
