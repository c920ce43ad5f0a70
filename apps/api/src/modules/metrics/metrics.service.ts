import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { REDIS, auditChainVerdictKey, type AuditChainVerdictRecord } from '@assay/queue';

const VERDICT_READ_TIMEOUT_MS = 500;

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
    let timer: NodeJS.Timeout | undefined;
    try {
      const raw = await Promise.race([
        this.redis.get(auditChainVerdictKey(this.config.REDIS_PREFIX)),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), VERDICT_READ_TIMEOUT_MS))),
      ]);
      if (!raw) return Number.NaN;
      return (JSON.parse(raw) as AuditChainVerdictRecord).intact ? 1 : 0;
    } catch {
      // A scrape must not fail because Redis is away: the gauge reads "unknown" instead.
      return Number.NaN;
    } finally {
      clearTimeout(timer);
    }
  }
}
