import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { REDIS, auditChainVerdictKey, type AuditChainVerdictRecord } from '@assay/queue';
import { API_QUEUES, type ApiQueues } from '../queues/queues.module.js';

/** How long a scrape waits on Redis for each value it reads there; a scrape must not hang on a hung Redis. */
const REDIS_READ_TIMEOUT_MS = 500;

/** The job states `assay_queue_jobs` reports (BullMQ's names). */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** `read()`, or `fallback` when it fails or outlasts `timeoutMs`. */
async function withinTimeout<T>(read: () => Promise<T>, timeoutMs: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([read(), new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), timeoutMs)))]);
  } catch {
    return fallback;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Prometheus metrics of one api instance. A registry of its own (not prom-client's global one), so several
 * apps in one process (tests) never register the same metric twice.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(API_QUEUES) private readonly queues: ApiQueues,
  ) {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const auditChain: Gauge = new Gauge({
      name: 'assay_audit_chain_intact',
      help: '1 when the last audit-chain check of the worker found the chain intact, 0 when broken, NaN before any check',
      registers: [this.registry],
      collect: async () => auditChain.set(await this.auditChainIntact()),
    });
    const queueJobs: Gauge<'queue' | 'state'> = new Gauge({
      name: 'assay_queue_jobs',
      help: 'Jobs of each BullMQ queue by state, read from Redis at scrape time (NaN when Redis did not answer in time)',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      // One getJobCounts per queue and scrape, in parallel, each bounded like every Redis read here.
      collect: async () => {
        await Promise.all(
          this.queues.map(async (queue) => {
            const counts = await withinTimeout<Record<string, number> | null>(() => queue.getJobCounts(...QUEUE_STATES), REDIS_READ_TIMEOUT_MS, null);
            for (const state of QUEUE_STATES) queueJobs.set({ queue: queue.name, state }, counts?.[state] ?? Number.NaN);
          }),
        );
      },
    });
  }

  /** `route` is the route pattern (e.g. `/certificates/:serial`), never the raw URL, to bound cardinality. */
  observeHttpRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async auditChainIntact(): Promise<number> {
    const raw = await withinTimeout(() => this.redis.get(auditChainVerdictKey(this.config.REDIS_PREFIX)), REDIS_READ_TIMEOUT_MS, null);
    if (!raw) return Number.NaN;
    try {
      return (JSON.parse(raw) as AuditChainVerdictRecord).intact ? 1 : 0;
    } catch {
      // A scrape must not fail on an unreadable record: the gauge reads "unknown" instead.
      return Number.NaN;
    }
  }
}
