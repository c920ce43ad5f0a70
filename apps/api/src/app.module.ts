import { Module } from '@nestjs/common';
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

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // Request ids come from Fastify (x-request-id when a proxy sets one), so every line of a request shares one.
          customProps: () => ({ app: 'api' }),
          redact: ['req.headers.authorization', 'req.headers.cookie'],
        },
      }),
    }),
    DatabaseModule,
    RedisModule,
    AssayGraphqlModule,
    AuthModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class AppModule {}
