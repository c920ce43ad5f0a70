import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { QueueName, type AssayJob } from '@assay/queue';
import { ScoringService, type ScoringOutcome } from '../scoring/scoring.service.js';

type ScoringJob = Extract<AssayJob, { queue: typeof QueueName.SCORING }>;

/**
 * Jobs of the scoring queue: translate the job into one service call.
 *
 * Lock and stall settings (found by test/faults): a job held by a worker that died (SIGKILL, OOM) stays
 * "active" until its lock expires and a stalled check moves it back to wait. With BullMQ's defaults (30 s
 * lock, 30 s check) that left submissions unscored for up to a minute and a half, and the reconciler cannot
 * help (the job exists). Scoring takes milliseconds and the lock is renewed every lockDuration / 2, so 10 s
 * still tolerates long event-loop pauses; if a live job is ever taken for stalled, the second run is a no-op
 * (one run per submission, unique in the database), which is also why a job may stall a few times before
 * BullMQ gives up on it (a job failed that way would leave its assessment SUBMITTED).
 */
@Processor(QueueName.SCORING, { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 5 })
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
