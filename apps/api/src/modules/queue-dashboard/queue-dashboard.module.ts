import { Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toRestError } from '../../common/rest-exception.filter.js';
import { AuthModule } from '../auth/auth.module.js';
import { API_QUEUES, QueuesModule, type ApiQueues } from '../queues/queues.module.js';
import { QueueDashboardAccess, type QueueDashboardCaller } from './queue-dashboard-access.service.js';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard-cookie.js';

/**
 * Bull Board at /admin/queues, for association admins only. Everything under the path (the page, the board's
 * JSON api and its static files, the session routes) is registered in one Fastify scope whose onRequest hook
 * admits the caller before any handler runs; refusals answer `{ error: { code, message } }` like the REST routes.
 * Signing out (DELETE .../session) sits outside the scope: clearing a cookie needs no credentials, and a
 * tampered or expired cookie must still be clearable.
 */
@Module({
  imports: [AuthModule, QueuesModule],
  providers: [QueueDashboardAccess],
})
export class QueueDashboardModule implements OnModuleInit {
  private readonly logger = new Logger(QueueDashboardModule.name);
  /** The caller the hook admitted, kept beside the request rather than on it. */
  private readonly callers = new WeakMap<FastifyRequest, QueueDashboardCaller>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: QueueDashboardAccess,
    @Inject(API_QUEUES) private readonly queues: ApiQueues,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return; // an application context without HTTP

    const board = new BullBoardFastifyAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({ queues: this.queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board, options: { uiConfig: { boardTitle: 'Assay queues' } } });
    // Bull Board's own handler echoes the error's message (a Redis error, say), and its stack in development.
    board.setErrorHandler((error) => this.boardError(error));

    void fastify.register(
      async (scope) => {
        scope.addHook('onRequest', async (request, reply) => {
          try {
            this.callers.set(request, this.access.admit(request.headers));
          } catch (error) {
            return this.refuse(reply, error);
          }
        });
        scope.post('/session', async (request, reply) => {
          try {
            const { setCookie, expiresInSeconds } = this.access.openSession(this.callers.get(request)!);
            return reply.header('set-cookie', setCookie).send({ dashboard: QUEUE_DASHBOARD_PATH, expiresInSeconds });
          } catch (error) {
            return this.refuse(reply, error);
          }
        });
        await scope.register(board.registerPlugin());
      },
      { prefix: QUEUE_DASHBOARD_PATH },
    );
    fastify.delete(`${QUEUE_DASHBOARD_PATH}/session`, async (_request, reply) => reply.code(204).header('set-cookie', this.access.closeSession()).send());
  }

  /** What the board's UI shows for an error thrown in its api: its own body shape, with our code and no internals. */
  private boardError(exception: unknown): { status: 400 | 500; body: { error: { key: 'ERRORS.INVALID_REQUEST_BODY' | 'ERRORS.INTERNAL_SERVER_ERROR' }; code: string; message: string } } {
    const { status, error } = toRestError(exception);
    if (status < 500) return { status: 400, body: { error: { key: 'ERRORS.INVALID_REQUEST_BODY' }, code: error.code, message: error.message } };
    this.logger.error({ err: exception }, 'queue dashboard request failed');
    return { status: 500, body: { error: { key: 'ERRORS.INTERNAL_SERVER_ERROR' }, code: error.code, message: error.message } };
  }

  private refuse(reply: FastifyReply, exception: unknown): FastifyReply {
    const { status, error } = toRestError(exception);
    if (status >= 500) this.logger.error({ err: exception }, 'queue dashboard request failed');
    else this.logger.debug({ code: error.code, message: error.message }, 'queue dashboard request refused');
    return reply.code(status).send({ error });
  }
}
