import { Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { createApiApp } from './create-api-app.js';

async function main(): Promise<void> {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen({ port: config.PORT, host: config.HOST });
  new Logger('Api').log({ url: `http://${config.HOST}:${config.PORT}/graphql`, env: config.NODE_ENV }, 'api listening');
}

main().catch((error: unknown) => {
  // Configuration errors are for people: print the message, not a stack.
  process.stderr.write(`${error instanceof Error && error.name === 'ConfigError' ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
