import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentProduct, Product, SupplierProfile, recordAudit } from '@assay/database';
import { conflict, notFound, requireProviderMember, requireSupplierEditor, type Actor } from '@assay/domain';
import type { CreateProductInput, UpdateProductInput } from './dto/product.input.js';
import { distinct, targetSupplierId } from './target-supplier.js';

/** Bounds what one directory page can carry; far above any real catalogue. */
export const MAX_PRODUCTS_PER_SUPPLIER = 100;

type ProductFields = Partial<Pick<Product, 'name' | 'category' | 'capabilities' | 'deploymentContexts' | 'deployedCountries' | 'description'>>;

/** A supplier's own users (ADMIN and MEMBER) and association admins manage its products. */
@Injectable()
export class ProductsService {
  private readonly logger = new Logger(ProductsService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(actor: Actor | null, input: CreateProductInput): Promise<Product> {
    const supplierId = targetSupplierId(requireSupplierEditor(actor), input.supplierId, 'input.supplierId');
    const caller = requireProviderMember(actor, supplierId);
    return this.db.transaction(async (manager) => {
      // Locking the profile proves the supplier exists and serialises concurrent creations for the cap below.
      const profile = await manager.findOne(SupplierProfile, { where: { organisationId: supplierId }, lock: { mode: 'pessimistic_write' } });
      if (!profile) throw notFound('Supplier');
      if ((await manager.count(Product, { where: { supplierId } })) >= MAX_PRODUCTS_PER_SUPPLIER) {
        throw conflict(`A supplier may list at most ${MAX_PRODUCTS_PER_SUPPLIER} products`);
      }
      const fields = productFields(input);
      const product = await manager.save(manager.create(Product, { ...fields, supplierId }));
      await this.audit(manager, 'product.created', caller, product, fields);
      return product;
    });
  }

  async update(actor: Actor | null, input: UpdateProductInput): Promise<Product> {
    requireSupplierEditor(actor);
    return this.db.transaction(async (manager) => {
      const { product, caller } = await this.findManaged(manager, actor, input.id);
      const changes = productFields(input);
      if (Object.keys(changes).length === 0) return product;
      await manager.update(Product, { id: product.id }, changes);
      await this.audit(manager, 'product.updated', caller, product, changes);
      return manager.findOneOrFail(Product, { where: { id: product.id } });
    });
  }

  async delete(actor: Actor | null, id: string): Promise<string> {
    requireSupplierEditor(actor);
    return this.db.transaction(async (manager) => {
      const { product, caller } = await this.findManaged(manager, actor, id);
      // Assessments keep their scope (the foreign key refuses, which would surface as an internal error). The row
      // lock above makes the check safe: a scope row being added for this product waits for this transaction.
      if (await manager.exists(AssessmentProduct, { where: { productId: product.id } })) {
        throw conflict('The product is in the scope of an assessment: it cannot be deleted');
      }
      await manager.delete(Product, { id: product.id });
      await this.audit(manager, 'product.deleted', caller, product, { name: product.name, category: product.category });
      return product.id;
    });
  }

  /** Another tenant's product answers as if it did not exist. */
  private async findManaged(manager: EntityManager, actor: Actor | null, id: string): Promise<{ product: Product; caller: Actor }> {
    const product = await manager.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw notFound('Product');
    return { product, caller: requireProviderMember(actor, product.supplierId, 'Product') };
  }

  private async audit(manager: EntityManager, action: string, caller: Actor, product: Product, data: Record<string, unknown>): Promise<void> {
    await recordAudit(manager, {
      action,
      entityType: 'product',
      entityId: product.id,
      actorUserId: caller.userId,
      organisationId: product.supplierId,
      data,
    });
    this.logger.log({ action, productId: product.id, supplierId: product.supplierId, userId: caller.userId }, 'product changed');
  }
}

/** The fields the caller gave (null or absent leaves a field as it is); repeated values are dropped. */
function productFields(input: CreateProductInput | UpdateProductInput): ProductFields {
  const fields: ProductFields = {};
  if (input.name != null) fields.name = input.name;
  if (input.category != null) fields.category = input.category;
  if (input.capabilities != null) fields.capabilities = distinct(input.capabilities);
  if (input.deploymentContexts != null) fields.deploymentContexts = distinct(input.deploymentContexts);
  if (input.deployedCountries != null) fields.deployedCountries = distinct(input.deployedCountries);
  if (input.description != null) fields.description = input.description;
  return fields;
}
