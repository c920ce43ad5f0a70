import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SupplierProfile, recordAudit } from '@assay/database';
import {
  OrganisationKind,
  canSeeSupplier,
  forbidden,
  notFound,
  requireActor,
  requireAssociationAdmin,
  requireProviderAdmin,
  requireSupplierEditor,
  type Actor,
  type MembershipStatus,
} from '@assay/domain';
import type { UpdateSupplierProfileInput } from './dto/supplier-profile.input.js';
import { SupplierRepository, type SupplierView } from './supplier.repository.js';
import { distinct, targetSupplierId } from './target-supplier.js';

type ProfileChanges = Partial<Pick<SupplierProfile, 'description' | 'services' | 'headquartersCountry' | 'operatingCountries'>>;

@Injectable()
export class SuppliersService {
  private readonly logger = new Logger(SuppliersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly suppliers: SupplierRepository,
  ) {}

  /** Anyone reads an ACTIVE supplier; a pending one answers NOT_FOUND except to its own users and the association. */
  async get(actor: Actor | null, id: string): Promise<SupplierView> {
    const supplier = await this.suppliers.findById(id);
    if (!supplier || !canSeeSupplier(actor, supplier)) throw notFound('Supplier');
    return supplier;
  }

  async mine(actor: Actor | null): Promise<SupplierView> {
    const caller = requireActor(actor);
    if (caller.organisationKind !== OrganisationKind.PROVIDER) throw forbidden('Only provider users have a supplier profile');
    const supplier = await this.suppliers.findById(caller.organisationId);
    if (!supplier) throw notFound('Supplier');
    return supplier;
  }

  async updateProfile(actor: Actor | null, input: UpdateSupplierProfileInput): Promise<SupplierView> {
    const supplierId = targetSupplierId(requireSupplierEditor(actor), input.supplierId, 'input.supplierId');
    const caller = requireProviderAdmin(actor, supplierId);
    const changes = profileChanges(input);
    return this.db.transaction(async (manager) => {
      const profile = await manager.findOne(SupplierProfile, { where: { organisationId: supplierId }, lock: { mode: 'pessimistic_write' } });
      if (!profile) throw notFound('Supplier');
      if (Object.keys(changes).length > 0) {
        await manager.update(SupplierProfile, { organisationId: supplierId }, changes);
        await recordAudit(manager, {
          action: 'supplier.profile-updated',
          entityType: 'supplier',
          entityId: supplierId,
          actorUserId: caller.userId,
          organisationId: supplierId,
          data: changes,
        });
        this.logger.log({ supplierId, userId: caller.userId, fields: Object.keys(changes) }, 'supplier profile updated');
      }
      return (await this.suppliers.findById(supplierId, manager))!;
    });
  }

  /** Membership of the association is the association's word, never the supplier's own. */
  async setMembershipStatus(actor: Actor | null, supplierId: string, status: MembershipStatus): Promise<SupplierView> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const profile = await manager.findOne(SupplierProfile, { where: { organisationId: supplierId }, lock: { mode: 'pessimistic_write' } });
      if (!profile) throw notFound('Supplier');
      if (profile.membershipStatus !== status) {
        await manager.update(SupplierProfile, { organisationId: supplierId }, { membershipStatus: status });
        await recordAudit(manager, {
          action: 'supplier.membership-status-set',
          entityType: 'supplier',
          entityId: supplierId,
          actorUserId: caller.userId,
          organisationId: supplierId,
          data: { from: profile.membershipStatus, to: status },
        });
        this.logger.log({ supplierId, from: profile.membershipStatus, to: status, userId: caller.userId }, 'membership status set');
      }
      return (await this.suppliers.findById(supplierId, manager))!;
    });
  }
}

/** The fields the caller gave (null or absent leaves a field as it is). */
function profileChanges(input: UpdateSupplierProfileInput): ProfileChanges {
  const changes: ProfileChanges = {};
  if (input.description != null) changes.description = input.description;
  if (input.services != null) changes.services = distinct(input.services);
  if (input.headquartersCountry != null) changes.headquartersCountry = input.headquartersCountry;
  if (input.operatingCountries != null) changes.operatingCountries = distinct(input.operatingCountries);
  return changes;
}
