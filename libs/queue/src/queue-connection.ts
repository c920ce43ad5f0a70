import type { AppConfig } from '@assay/config';

/**
 * Where every BullMQ queue and worker of Assay lives: the api (dashboard, queue gauge) and the worker must read
 * the same keys, so both take their connection and prefix from here. REDIS_PREFIX namespaces the queues, so
 * test runs (and deployments) sharing a Redis never collide.
 */
export function queueConnectionOptions(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>): { connection: { url: string }; prefix: string } {
  return { connection: { url: config.REDIS_URL }, prefix: config.REDIS_PREFIX };
}
