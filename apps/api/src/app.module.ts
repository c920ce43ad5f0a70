import { Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@assay/config';
import { DatabaseModule } from '@assay/database';
import { RedisModule } from '@assay/queue';
import { GraphqlExceptionFilter } from './common/graphql-exception.filter.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { AssayGraphqlModule } from './graphql/graphql.module.js';
import './graphql/enums.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { WorkingGroupsModule } from './modules/working-groups/working-groups.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { SuppliersModule } from './modules/suppliers/suppliers.module.js';
import { JurisdictionRiskModule } from './modules/jurisdiction-risk/jurisdiction-risk.module.js';
import { DirectoryModule } from './modules/directory/directory.module.js';
import { QuestionnairesModule } from './modules/questionnaires/questionnaires.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { EvidenceModule } from './modules/evidence/evidence.module.js';
import { SharingModule } from './modules/sharing/sharing.module.js';
import { ScorecardsModule } from './modules/scorecards/scorecards.module.js';
import { QueueDashboardModule } from './modules/queue-dashboard/queue-dashboard.module.js';
import { CertificateKeysModule } from './modules/certificate-keys/certificate-keys.module.js';
import { ReviewsModule } from './modules/reviews/reviews.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { CertificateStatusModule } from './modules/certificate-status/certificate-status.module.js';
import { RescoringModule } from './modules/rescoring/rescoring.module.js';
import { CertificatesModule } from './modules/certificates/certificates.module.js';

const OPERATIONS_PATHS = new Set(['/health', '/ready', '/metrics']);

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // nestjs-pino's default route pattern (`{/*splat}`) only matches `/` under Nest 12's Fastify adapter, which
        // left every other request unlogged; `{*splat}` matches every path.
        forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          // Request ids come from Fastify (x-request-id when a proxy sets one); middie copies `request.id` to the raw
          // request, where pino-http's default genReqId takes it. quietReqLogger: every line logged while serving a
          // request carries it as `reqId`, and only the completion line carries the whole request.
          quietReqLogger: true,
          customProps: () => ({ app: 'api' }),
          // Probes and scrapes every few seconds would drown the request log.
          autoLogging: { ignore: (req: { url?: string }) => OPERATIONS_PATHS.has((req.url ?? '').split('?')[0]) },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
        },
      }),
    }),
    DatabaseModule,
    RedisModule,
    AssayGraphqlModule,
    AuthModule,
    OrganisationsModule,
    WorkingGroupsModule,
    HealthModule,
    MetricsModule,
    SuppliersModule,
    JurisdictionRiskModule,
    DirectoryModule,
    QuestionnairesModule,
    AssessmentsModule,
    NotificationsModule,
    EvidenceModule,
    SharingModule,
    ScorecardsModule,
    QueueDashboardModule,
    CertificateKeysModule,
    ReviewsModule,
    AuditModule,
    CertificateStatusModule,
    RescoringModule,
    CertificatesModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class AppModule {}
