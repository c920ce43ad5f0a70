import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Product } from '@assay/database';
import { SupplierRepository } from './supplier.repository.js';

/**
 * One DataLoader per GraphQL request, kept beside the request's context object (a WeakMap, so it goes
 * when the request does): every `Supplier.products` of one response is read in a single query, which keeps
 * the directory's statement count independent of its page size. Not request-scoped in Nest's sense, so
 * resolvers and services stay singletons.
 */
@Injectable()
export class SupplierProductsLoader {
  private readonly perRequest = new WeakMap<object, DataLoader<string, Product[]>>();

  constructor(private readonly suppliers: SupplierRepository) {}

  load(requestContext: object, supplierId: string): Promise<Product[]> {
    let loader = this.perRequest.get(requestContext);
    if (!loader) {
      loader = new DataLoader((supplierIds: readonly string[]) => this.batch(supplierIds));
      this.perRequest.set(requestContext, loader);
    }
    return loader.load(supplierId);
  }

  private async batch(supplierIds: readonly string[]): Promise<Product[][]> {
    const bySupplier = new Map<string, Product[]>(supplierIds.map((id) => [id, []]));
    for (const product of await this.suppliers.productsOf(supplierIds)) bySupplier.get(product.supplierId)?.push(product);
    return supplierIds.map((id) => bySupplier.get(id) ?? []);
  }
}
