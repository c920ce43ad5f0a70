import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { QueueName, type AssayJob } from '@assay/queue';
import { RescoringService, type RescoreOutcome } from '../rescoring/rescoring.service.js';

type RescoringJob = Extract<AssayJob, { queue: typeof QueueName.RESCORING }>;

/**
 * Jobs of the rescoring queue: translate the job into one service call. A queue of its own, consumed at a
 * modest concurrency, so tens of thousands of item jobs never wait in front of a new submission's scoring.
 * Lock and stall settings as the scoring queue's (see ScoringProcessor): item jobs take milliseconds and a
 * job run twice is a no-op.
 */
@Processor(QueueName.RESCORING, { concurrency: 4, lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 5 })
export class RescoringProcessor extends WorkerHost {
  constructor(private readonly rescoring: RescoringService) {
    super();
  }

  async process(job: Job<RescoringJob['data'], RescoreOutcome | number, RescoringJob['name']>): Promise<RescoreOutcome | number> {
    switch (job.name) {
      case 'rescore-fan-out':
        return this.rescoring.fanOut(job.data as Extract<RescoringJob, { name: 'rescore-fan-out' }>['data']);
      case 'rescore-assessment':
        return this.rescoring.rescore(job.data as Extract<RescoringJob, { name: 'rescore-assessment' }>['data'], job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      default: {
        const name: string = job.name;
        throw new UnrecoverableError(`rescoring queue has no job named "${name}"`);
      }
    }
  }
}
