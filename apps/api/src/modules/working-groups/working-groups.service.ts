import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { Organisation, WorkingGroup, WorkingGroupMember, WorkingGroupWatch, isUniqueViolation, recordAudit } from '@assay/database';
import {
  OrganisationKind,
  OrganisationStatus,
  badInput,
  conflict,
  isAssociation,
  notFound,
  requireActor,
  requireAssociationAdmin,
  type Actor,
} from '@assay/domain';
import type { CreateWorkingGroupInput, UpdateWorkingGroupInput } from './dto/working-group.input.js';


const nameTaken = (name: string) => conflict(`A working group named "${name}" already exists`);

/** Working groups are managed by association admins and read by association staff and their member clients. */
@Injectable()
export class WorkingGroupsService {
  private readonly logger = new Logger(WorkingGroupsService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Association staff: every group; a client: the groups it belongs to; anyone else: none. */
  async list(actor: Actor | null): Promise<WorkingGroup[]> {
    const caller = requireActor(actor);
    const query = this.db.getRepository(WorkingGroup).createQueryBuilder('group').orderBy('group.name', 'ASC');
    if (isAssociation(caller)) return query.getMany();
    if (caller.organisationKind !== OrganisationKind.CLIENT) return [];
    return query
      .innerJoin(WorkingGroupMember, 'member', 'member.working_group_id = group.id AND member.organisation_id = :organisationId', {
        organisationId: caller.organisationId,
      })
      .getMany();
  }

  async findOne(actor: Actor | null, id: string): Promise<WorkingGroup> {
    const caller = requireActor(actor);
    const group = await this.db.getRepository(WorkingGroup).findOne({ where: { id } });
    if (!group) throw notFound('Working group');
    if (isAssociation(caller)) return group;
    const member =
      caller.organisationKind === OrganisationKind.CLIENT &&
      (await this.db.getRepository(WorkingGroupMember).exists({ where: { workingGroupId: id, organisationId: caller.organisationId } }));
    if (!member) throw notFound('Working group');
    return group;
  }

  async create(actor: Actor | null, input: CreateWorkingGroupInput): Promise<WorkingGroup> {
    const caller = requireAssociationAdmin(actor);
    const group = await this.writing(input.name, (manager) => this.insertGroup(manager, caller, input));
    this.logger.log({ workingGroupId: group.id, actorUserId: caller.userId }, 'working group created');
    return group;
  }

  async update(actor: Actor | null, input: UpdateWorkingGroupInput): Promise<WorkingGroup> {
    const caller = requireAssociationAdmin(actor);
    return this.writing(input.name, async (manager) => {
      const group = await this.lockGroup(manager, input.id);
      const changes: Partial<Record<'name' | 'description', { from: string; to: string }>> = {};
      if (input.name !== undefined && input.name !== group.name) changes.name = { from: group.name, to: input.name };
      if (input.description !== undefined && input.description !== group.description) changes.description = { from: group.description, to: input.description };
      if (Object.keys(changes).length === 0) return group;
      if (changes.name && (await manager.exists(WorkingGroup, { where: { name: changes.name.to, id: Not(group.id) } }))) throw nameTaken(changes.name.to);
      await manager.update(WorkingGroup, group.id, { name: input.name ?? group.name, description: input.description ?? group.description });
      await this.audit(manager, caller, 'working-group.updated', group.id, { changes });
      return manager.findOneOrFail(WorkingGroup, { where: { id: group.id } });
    });
  }

  async addMember(actor: Actor | null, workingGroupId: string, organisationId: string): Promise<WorkingGroup> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const group = await this.lockGroup(manager, workingGroupId);
      const organisation = await manager.findOne(Organisation, { where: { id: organisationId } });
      if (!organisation) throw notFound('Organisation');
      if (organisation.kind !== OrganisationKind.CLIENT) {
        throw badInput([{ field: 'organisationId', message: `must be a CLIENT organisation (this one is a ${organisation.kind})` }]);
      }
      if (await manager.exists(WorkingGroupMember, { where: { workingGroupId, organisationId } })) {
        throw conflict(`${organisation.legalName} is already a member of this working group`);
      }
      await manager.insert(WorkingGroupMember, { workingGroupId, organisationId });
      await this.audit(manager, caller, 'working-group.member-added', group.id, { organisationId, legalName: organisation.legalName });
      return group;
    });
  }

  async removeMember(actor: Actor | null, workingGroupId: string, organisationId: string): Promise<WorkingGroup> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const group = await this.lockGroup(manager, workingGroupId);
      const { affected } = await manager.delete(WorkingGroupMember, { workingGroupId, organisationId });
      if (!affected) throw notFound('Working group member');
      await this.audit(manager, caller, 'working-group.member-removed', group.id, { organisationId });
      return group;
    });
  }

  /** Only verified providers: a member client must never learn of a provider still pending verification. */
  async watchSupplier(actor: Actor | null, workingGroupId: string, supplierId: string): Promise<WorkingGroup> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const group = await this.lockGroup(manager, workingGroupId);
      const supplier = await manager.findOne(Organisation, { where: { id: supplierId } });
      if (!supplier) throw notFound('Supplier');
      if (supplier.kind !== OrganisationKind.PROVIDER) {
        throw badInput([{ field: 'supplierId', message: `must be a PROVIDER organisation (this one is a ${supplier.kind})` }]);
      }
      if (supplier.status !== OrganisationStatus.ACTIVE) {
        throw badInput([{ field: 'supplierId', message: 'must be a verified provider (this one is still pending verification)' }]);
      }
      if (await manager.exists(WorkingGroupWatch, { where: { workingGroupId, supplierId } })) {
        throw conflict(`${supplier.legalName} is already on this working group's watch-list`);
      }
      await manager.insert(WorkingGroupWatch, { workingGroupId, supplierId });
      await this.audit(manager, caller, 'working-group.supplier-watched', group.id, { supplierId, legalName: supplier.legalName });
      return group;
    });
  }

  async unwatchSupplier(actor: Actor | null, workingGroupId: string, supplierId: string): Promise<WorkingGroup> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const group = await this.lockGroup(manager, workingGroupId);
      const { affected } = await manager.delete(WorkingGroupWatch, { workingGroupId, supplierId });
      if (!affected) throw notFound('Watched supplier');
      await this.audit(manager, caller, 'working-group.supplier-unwatched', group.id, { supplierId });
      return group;
    });
  }

  private async insertGroup(manager: EntityManager, caller: Actor, input: CreateWorkingGroupInput): Promise<WorkingGroup> {
    if (await manager.exists(WorkingGroup, { where: { name: input.name } })) throw nameTaken(input.name);
    const group = await manager.save(manager.create(WorkingGroup, { name: input.name, description: input.description ?? '' }));
    await this.audit(manager, caller, 'working-group.created', group.id, { name: group.name });
    return group;
  }

  /** Runs a write in one transaction; a name taken by a concurrent writer (unique index) is a CONFLICT too. */
  private async writing<T>(name: string | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error) && name !== undefined) throw nameTaken(name);
      throw error;
    }
  }

  /** Locks the group for the rest of the transaction, so concurrent edits of one group apply one after another. */
  private async lockGroup(manager: EntityManager, id: string): Promise<WorkingGroup> {
    const group = await manager.findOne(WorkingGroup, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw notFound('Working group');
    return group;
  }

  private audit(manager: EntityManager, caller: Actor, action: string, workingGroupId: string, data: Record<string, unknown>): Promise<void> {
    return recordAudit(manager, { action, entityType: 'working_group', entityId: workingGroupId, actorUserId: caller.userId, organisationId: caller.organisationId, data });
  }
}
