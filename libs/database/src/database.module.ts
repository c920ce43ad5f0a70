import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { dataSourceOptions } from './data-source.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Failed queries reach the caller's error handling, which logs them as structured JSON.
      useFactory: (config: AppConfig) =>
        dataSourceOptions(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, logging: false }),
    }),
  ],
})
export class DatabaseModule {}
