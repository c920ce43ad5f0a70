import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job, Worker } from 'bullmq';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A job the 'failed' event could not name (BullMQ may fail a stalled job it no longer holds). */
const UNKNOWN_JOB_NAME = 'unknown';

/**
 * Prometheus metrics of this worker process's jobs, observed in one place for every BullMQ worker of the app:
 * each processor (a WorkerHost) is found at bootstrap and its worker's own `completed` and `failed` events are
 * counted, so a new processor is measured without a line of its own. Events of this process only (not
 * QueueEvents), so several worker replicas never count the same job twice. A registry of its own, like the api's.
 */
@Injectable()
export class JobMetricsService implements OnApplicationBootstrap {
  readonly registry = new Registry();
  private readonly processed: Counter<'queue' | 'name'>;
  private readonly failed: Counter<'queue' | 'name' | 'final'>;
  private readonly duration: Histogram<'queue' | 'name'>;

  constructor(private readonly discovery: DiscoveryService) {
    collectDefaultMetrics({ register: this.registry });
    this.processed = new Counter({
      name: 'assay_jobs_processed_total',
      help: 'Jobs this worker process completed, by queue and job name',
      labelNames: ['queue', 'name'],
      registers: [this.registry],
    });
    this.failed = new Counter({
      name: 'assay_jobs_failed_total',
      help: 'Failed attempts of jobs in this worker process, by queue and job name; final="true" when no attempt is left (the job stays failed)',
      labelNames: ['queue', 'name', 'final'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'assay_job_duration_seconds',
      help: 'Time from a job starting to run to its completion (processedOn to finishedOn), by queue and job name',
      labelNames: ['queue', 'name'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [this.registry],
    });
  }

  /** Runs after @nestjs/bullmq created the workers (in onModuleInit). */
  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (wrapper.instance instanceof WorkerHost) this.observe(wrapper.instance.worker);
    }
  }

  observe(worker: Worker): void {
    worker.on('completed', (job: Job) => this.completed(worker.name, job));
    worker.on('failed', (job: Job | undefined) => this.failedAttempt(worker.name, job));
  }

  private completed(queue: string, job: Job): void {
    this.processed.inc({ queue, name: job.name });
    if (job.processedOn && job.finishedOn) this.duration.observe({ queue, name: job.name }, Math.max(0, job.finishedOn - job.processedOn) / 1000);
  }

  private failedAttempt(queue: string, job: Job | undefined): void {
    // BullMQ sets finishedOn only when it moves the job to the failed set; a retried attempt goes to delayed/wait.
    const final = job ? Boolean(job.finishedOn) : true;
    this.failed.inc({ queue, name: job?.name ?? UNKNOWN_JOB_NAME, final: String(final) });
  }
}
