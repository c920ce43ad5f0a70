import { Global, Module } from '@nestjs/common';
import type { AppConfig } from './env.schema.js';
import { loadConfig } from './load-config.js';

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => loadConfig() }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
