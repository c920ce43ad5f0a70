import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** The api under test: a real Nest app on the run's database and Redis prefix, answering through Fastify's inject. */
export class TestApi {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(): Promise<TestApi> {
    if (!process.env.ASSAY_TEST_DATABASE_URL) throw new Error('TestApi needs the integration/e2e global setup (a test database)');
    // Imported late so the environment of the global setup is in place before configuration is read.
    const { createApiApp } = await import('../../../apps/api/src/create-api-app.js');
    const app = await createApiApp();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApi(app);
  }

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; ip?: string } = {},
  ): Promise<GraphqlResult<T>> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      remoteAddress: options.ip ?? '127.0.0.1',
      payload: JSON.stringify({ query, variables }),
    });
    const body = JSON.parse(response.body) as Omit<GraphqlResult<T>, 'status'>;
    return { status: response.statusCode, ...body };
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

/** The `extensions.code` of the first error, or undefined when the call succeeded. */
export function errorCode(result: GraphqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
