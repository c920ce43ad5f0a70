import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, ConfigError, type AppConfig } from '@assay/config';
import { JobMetricsService } from './job-metrics.service.js';

/**
 * The worker's only HTTP: `GET /metrics` (Prometheus text of JobMetricsService's registry) on HOST and
 * WORKER_METRICS_PORT; anything else answers 404. Plain node:http, as a web framework would be all overhead
 * for one route. Expose it to the monitoring network only.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(
    private readonly metrics: JobMetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new ConfigError(`WORKER_METRICS_PORT: port ${this.config.WORKER_METRICS_PORT} is already in use on ${this.config.HOST}; choose another, or 0 for any free port`)
            : error,
        ),
      );
      server.listen(this.config.WORKER_METRICS_PORT, this.config.HOST, () => resolve());
    });
    this.server = server;
    const { address, port } = server.address() as AddressInfo;
    this.logger.log({ host: address, port, path: '/metrics' }, 'worker metrics listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    // A scraper's kept-alive connection must not hold the shutdown.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: this server answers GET /metrics only\n');
      return;
    }
    try {
      const body = await this.metrics.registry.metrics();
      response.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body);
    } catch (error) {
      this.logger.error({ err: error }, 'metrics could not be rendered');
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n');
    }
  }
}
