import { Module } from '@nestjs/common';
import { ProductsResolver } from './products.resolver.js';
import { ProductsService } from './products.service.js';
import { SupplierProductsLoader } from './supplier-products.loader.js';
import { SupplierRepository } from './supplier.repository.js';
import { SuppliersResolver } from './suppliers.resolver.js';
import { SuppliersService } from './suppliers.service.js';

/** Supplier profiles and their product catalogues (the directory reads them through SupplierRepository). */
@Module({
  providers: [SupplierRepository, SupplierProductsLoader, SuppliersService, SuppliersResolver, ProductsService, ProductsResolver],
  exports: [SupplierRepository],
})
export class SuppliersModule {}
