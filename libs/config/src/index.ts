export { envSchema, type AppConfig } from './env.schema.js';
export { loadConfig, ConfigError } from './load-config.js';
export { ConfigModule, APP_CONFIG } from './config.module.js';
