import 'reflect-metadata';
import { Logger as NestLogger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Redis } from 'ioredis';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@assay/config';
import { REDIS } from '@assay/queue';
import { WORKER_QUEUES, WorkerModule } from './worker.module.js';

/**
 * Builds the worker: a Nest application context (its only HTTP is the metrics endpoint) whose BullMQ workers,
 * outbox dispatcher and metrics server start with it. Resolves once Redis answers; SIGTERM and SIGINT close
 * workers, queues, Redis and the database.
 */
export async function createWorkerApp(): Promise<INestApplicationContext> {
  loadConfig(); // a configuration mistake stops here with one clear message, before Nest logs a stack
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.get<Redis>(REDIS).ping();
  new NestLogger('Worker').log({ queues: WORKER_QUEUES }, 'worker ready');
  return app;
}
