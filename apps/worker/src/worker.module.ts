import { hostname } from 'node:os';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { LoggerModule } from 'nestjs-pino';
import { CertificateKeysModule, CertificatePdfRenderer } from '@assay/certificates';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@assay/config';
import { DatabaseModule } from '@assay/database';
import { QueueName, RedisModule, queueConnectionOptions } from '@assay/queue';
import { CertificateLifecycleService } from './certificate-lifecycle/certificate-lifecycle.service.js';
import { CertificateRenderingService } from './certificates/certificate-rendering.service.js';
import { AuditChainCheckService } from './maintenance/audit-chain-check.service.js';
import { MaintenanceScheduleService } from './maintenance/maintenance-schedule.service.js';
import { JobMetricsService } from './metrics/job-metrics.service.js';
import { MetricsServer } from './metrics/metrics-server.service.js';
import { OutboxDispatcher } from './outbox/outbox-dispatcher.service.js';
import { OUTBOX_QUEUES, type OutboxQueues } from './outbox/outbox-queues.js';
import { CertificatesProcessor } from './processors/certificates.processor.js';
import { MaintenanceProcessor } from './processors/maintenance.processor.js';
import { RescoringProcessor } from './processors/rescoring.processor.js';
import { RescoringService } from './rescoring/rescoring.service.js';
import { ScoringProcessor } from './processors/scoring.processor.js';
import { DEFAULT_METHODOLOGY_REGISTRY, METHODOLOGY_REGISTRY } from './scoring/methodology-registry.js';
import { ScoringService } from './scoring/scoring.service.js';

export const WORKER_QUEUES: readonly QueueName[] = Object.values(QueueName);

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      // No HTTP here: pino-http only supplies the root pino logger (JSON lines on stdout).
      useFactory: (config: AppConfig) => ({
        pinoHttp: { level: config.LOG_LEVEL, base: { pid: process.pid, hostname: hostname(), app: 'worker' } },
      }),
    }),
    DatabaseModule,
    RedisModule,
    // The signing key ring: certificates are signed here, by the render job.
    CertificateKeysModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...queueConnectionOptions(config),
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      }),
    }),
    BullModule.registerQueue(...WORKER_QUEUES.map((name) => ({ name }))),
    // JobMetricsService finds every processor's BullMQ worker through it.
    DiscoveryModule,
  ],
  providers: [
    {
      provide: OUTBOX_QUEUES,
      inject: WORKER_QUEUES.map((name) => getQueueToken(name)),
      useFactory: (...queues: Queue[]): OutboxQueues => new Map(queues.map((queue) => [queue.name, queue])),
    },
    OutboxDispatcher,
    AuditChainCheckService,
    MaintenanceScheduleService,
    CertificateLifecycleService,
    MaintenanceProcessor,
    { provide: METHODOLOGY_REGISTRY, useValue: DEFAULT_METHODOLOGY_REGISTRY },
    ScoringService,
    ScoringProcessor,
    RescoringService,
    RescoringProcessor,
    // One renderer per process: it parses the fonts once and shares them with every document.
    { provide: CertificatePdfRenderer, useFactory: () => new CertificatePdfRenderer() },
    CertificateRenderingService,
    CertificatesProcessor,
    JobMetricsService,
    MetricsServer,
  ],
})
export class WorkerModule {}
