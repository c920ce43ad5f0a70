import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ReadinessService, type Readiness } from './readiness.service.js';

/** Liveness and readiness probes for load balancers and orchestrators (no authentication, no details). */
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** The process is up and serving HTTP; says nothing about its dependencies. */
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready to take traffic: PostgreSQL and Redis both answer. 503 names the one that does not. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: 'ready' | 'not ready'; checks: Readiness['checks'] }> {
    const { ready, checks } = await this.readiness.check();
    if (!ready) reply.status(503);
    return { status: ready ? 'ready' : 'not ready', checks };
  }
}
