import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { DomainError } from '@assay/domain';
import { AuthModule } from '../modules/auth/auth.module.js';
import { AccessTokenService } from '../modules/auth/access-token.service.js';
import { formatGraphqlErrors } from './format-errors.js';
import { maxAliasesRule } from './max-aliases.js';
import { costLimitHook } from './query-cost.js';
import type { GraphqlContext } from './graphql-context.js';

@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, AccessTokenService],
      useFactory: (config: AppConfig, tokens: AccessTokenService): MercuriusDriverConfig => ({
        path: '/graphql',
        // The schema file is written by `npm run schema:write` and checked for drift by a test.
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: config.GRAPHQL_EXPLORER,
        jit: 1,
        queryDepth: config.GRAPHQL_MAX_DEPTH,
        validationRules: [maxAliasesRule(config.GRAPHQL_MAX_ALIASES), ...(config.NODE_ENV === 'production' ? [NoSchemaIntrospectionCustomRule] : [])],
        hooks: { preExecution: costLimitHook(config.GRAPHQL_MAX_COMPLEXITY) },
        context: (request: FastifyRequest, reply: FastifyReply): GraphqlContext => {
          try {
            return { request, reply, actor: tokens.actorFromHeader(request.headers.authorization), authError: null };
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            return { request, reply, actor: null, authError: error };
          }
        },
        errorFormatter: (execution, context) => formatGraphqlErrors(execution, (context as unknown as GraphqlContext).reply?.log ?? console),
      }),
    }),
  ],
})
export class AssayGraphqlModule {}
