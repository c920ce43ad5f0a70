import { Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { QueueName, queueConnectionOptions } from '@assay/queue';

/**
 * The api's handles on every BullMQ queue (same connection and prefix as the worker's), for looking in: the
 * queue dashboard and the `assay_queue_jobs` gauge. The api never adds jobs here; it writes them to the outbox.
 */
export const API_QUEUES = Symbol('API_QUEUES');
export type ApiQueues = readonly Queue[];

@Injectable()
class QueuesCloser implements OnApplicationShutdown {
  constructor(@Inject(API_QUEUES) private readonly queues: ApiQueues) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}

@Module({
  providers: [
    {
      provide: API_QUEUES,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApiQueues => {
        const logger = new Logger('Queues');
        return Object.values(QueueName).map((name) => {
          const queue = new Queue(name, queueConnectionOptions(config));
          // An EventEmitter 'error' without a listener would end the process; Redis going away is logged and
          // survived (the shared client reports reachability; this stays at debug to not say it twice per queue).
          queue.on('error', (error: Error) => logger.debug({ queue: name, reason: error.message }, 'queue connection error'));
          return queue;
        });
      },
    },
    QueuesCloser,
  ],
  exports: [API_QUEUES],
})
export class QueuesModule {}
