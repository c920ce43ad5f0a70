import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { QueuesModule } from '../queues/queues.module.js';

/** Requests that matched no route share one label value, so stray URLs cannot explode the series count. */
const UNMATCHED_ROUTE = 'unmatched';
const WEB_APP_CATCH_ALL = '/*';

@Module({
  imports: [QueuesModule],
  controllers: [MetricsController],
  providers: [MetricsService],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: MetricsService,
  ) {}

  /** Times every HTTP request (GraphQL included) with a Fastify hook, which also sees 404s and errors. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return; // an application context without HTTP
    fastify.addHook('onResponse', async (request, reply) => {
      // The web app's catch-all route answers every unknown GET: its 404s are unmatched URLs like any other.
      const route = request.routeOptions.url;
      const unmatched = !route || (route === WEB_APP_CATCH_ALL && reply.statusCode === 404);
      this.metrics.observeHttpRequest(request.method, unmatched ? UNMATCHED_ROUTE : route, reply.statusCode, reply.elapsedTime / 1000);
    });
  }
}
