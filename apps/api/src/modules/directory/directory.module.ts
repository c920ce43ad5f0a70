import { Module } from '@nestjs/common';
import { SuppliersModule } from '../suppliers/suppliers.module.js';
import { DirectoryRepository } from './directory.repository.js';
import { DirectoryResolver } from './directory.resolver.js';
import { DirectoryService } from './directory.service.js';

/** The public directory; each supplier's products are resolved by SuppliersModule's batched field resolver. */
@Module({
  imports: [SuppliersModule],
  providers: [DirectoryRepository, DirectoryService, DirectoryResolver],
})
export class DirectoryModule {}
