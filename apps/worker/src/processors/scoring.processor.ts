import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { QueueName, type AssayJob } from '@assay/queue';
import { ScoringService, type ScoringOutcome } from '../scoring/scoring.service.js';

type ScoringJob = Extract<AssayJob, { queue: typeof QueueName.SCORING }>;

/** Jobs of the scoring queue: translate the job into one service call. */
@Processor(QueueName.SCORING)
export class ScoringProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly scoring: ScoringService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /** The decorator is static; the concurrency comes from the configuration. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.SCORING_CONCURRENCY;
  }

  async process(job: Job<ScoringJob['data'], ScoringOutcome, ScoringJob['name']>): Promise<ScoringOutcome> {
    switch (job.name) {
      case 'score-assessment':
        return this.scoring.process(job.data, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      default: {
        const name: string = job.name;
        throw new UnrecoverableError(`scoring queue has no job named "${name}"`);
      }
    }
  }
}
