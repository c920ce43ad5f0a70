import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { Invitation, Organisation, User, insertOrganisation, recordAudit } from '@assay/database';
import {
  OrganisationKind,
  OrganisationStatus,
  UserRole,
  canSeeOrganisation,
  conflict,
  isStaffOrMemberOf,
  notFound,
  requireActor,
  requireAssociationAdmin,
  requireAssociationStaff,
  requireOrganisationAdmin,
  requireOrganisationAdminOrStaff,
  type Actor,
} from '@assay/domain';
import { AuthService } from '../auth/auth.service.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input.js';

export interface CreatedOrganisation {
  organisation: Organisation;
  invitation: { invitation: Invitation; token: string };
}

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  status?: OrganisationStatus | null;
}

type EditableField = 'legalName' | 'country' | 'website' | 'registrationNumber';
const EDITABLE_FIELDS: readonly EditableField[] = ['legalName', 'country', 'website', 'registrationNumber'];

@Injectable()
export class OrganisationsService {
  private readonly logger = new Logger(OrganisationsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** The organisation and its first admin's invitation are written together, or not at all. */
  async create(actor: Actor | null, input: CreateOrganisationInput): Promise<CreatedOrganisation> {
    const caller = requireAssociationAdmin(actor);
    if (input.kind === OrganisationKind.ASSOCIATION) {
      throw conflict('There is one association: another ASSOCIATION organisation cannot be created');
    }
    const created = await this.db.transaction(async (manager) => {
      const organisation = await insertOrganisation(manager, {
        kind: input.kind,
        status: OrganisationStatus.ACTIVE,
        legalName: input.legalName,
        country: input.country,
        website: input.website,
        registrationNumber: input.registrationNumber,
      });
      await recordAudit(manager, {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: organisation.id,
        actorUserId: caller.userId,
        organisationId: organisation.id,
        data: { kind: organisation.kind, legalName: organisation.legalName, country: organisation.country },
      });
      const invitation = await this.auth.createInvitation(manager, caller, organisation, input.adminEmail, UserRole.ADMIN);
      return { organisation, invitation };
    });
    this.logger.log({ organisationId: created.organisation.id, kind: created.organisation.kind, actorUserId: caller.userId }, 'organisation created');
    return created;
  }

  /** A self-signed-up provider becomes ACTIVE once the association has checked who it is. */
  async verify(actor: Actor | null, id: string): Promise<Organisation> {
    const caller = requireAssociationAdmin(actor);
    return this.db.transaction(async (manager) => {
      const organisation = await this.lockOrganisation(manager, id);
      if (!organisation) throw notFound('Organisation');
      if (organisation.status === OrganisationStatus.ACTIVE) throw conflict('This organisation is already verified (ACTIVE)');
      await manager.update(Organisation, id, { status: OrganisationStatus.ACTIVE });
      await recordAudit(manager, {
        action: 'organisation.verified',
        entityType: 'organisation',
        entityId: id,
        actorUserId: caller.userId,
        organisationId: id,
        data: { from: organisation.status, to: OrganisationStatus.ACTIVE },
      });
      return manager.findOneOrFail(Organisation, { where: { id } });
    });
  }

  async update(actor: Actor | null, input: UpdateOrganisationInput): Promise<Organisation> {
    const caller = requireActor(actor);
    return this.db.transaction(async (manager) => {
      const organisation = await this.lockOrganisation(manager, input.id);
      if (!organisation || !canSeeOrganisation(caller, organisation)) throw notFound('Organisation');
      requireOrganisationAdmin(caller, organisation.id);
      const changes = changedFields(organisation, input);
      if (Object.keys(changes).length === 0) return organisation;
      await manager.update(Organisation, organisation.id, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await recordAudit(manager, {
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: organisation.id,
        actorUserId: caller.userId,
        organisationId: organisation.id,
        data: { changes },
      });
      return manager.findOneOrFail(Organisation, { where: { id: organisation.id } });
    });
  }

  /** Every organisation, for association staff. */
  async list(actor: Actor | null, filter: OrganisationFilter): Promise<Organisation[]> {
    requireAssociationStaff(actor);
    return this.db.getRepository(Organisation).find({
      where: { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: filter.status } : {}) },
      order: { legalName: 'ASC', id: 'ASC' },
    });
  }

  async findOne(actor: Actor | null, id: string): Promise<Organisation> {
    const caller = requireActor(actor);
    const organisation = await this.db.getRepository(Organisation).findOne({ where: { id } });
    if (!organisation || !canSeeOrganisation(caller, organisation)) throw notFound('Organisation');
    return organisation;
  }

  /** The users of one organisation, each with that organisation attached (the User type exposes it). */
  async users(actor: Actor | null, organisationId: string): Promise<(User & { organisation: Organisation })[]> {
    const caller = requireActor(actor);
    if (!isStaffOrMemberOf(caller, organisationId)) throw notFound('Organisation');
    requireOrganisationAdminOrStaff(caller, organisationId);
    const organisation = await this.db.getRepository(Organisation).findOne({ where: { id: organisationId } });
    if (!organisation) throw notFound('Organisation');
    const users = await this.db.getRepository(User).find({ where: { organisationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return users.map((user) => Object.assign(user, { organisation }));
  }

  /** Invitations not yet accepted and not expired; their token hashes never leave the service. */
  async pendingInvitations(actor: Actor | null, organisationId: string): Promise<Invitation[]> {
    const caller = requireActor(actor);
    if (!isStaffOrMemberOf(caller, organisationId)) throw notFound('Organisation');
    requireOrganisationAdmin(caller, organisationId);
    if (!(await this.db.getRepository(Organisation).exists({ where: { id: organisationId } }))) throw notFound('Organisation');
    return this.db.getRepository(Invitation).find({
      select: { id: true, organisationId: true, email: true, role: true, expiresAt: true, createdAt: true },
      where: { organisationId, acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private lockOrganisation(manager: EntityManager, id: string): Promise<Organisation | null> {
    return manager.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

/** The fields the input sets to a new value, with their old and new values (what the audit records). */
function changedFields(organisation: Organisation, input: UpdateOrganisationInput): Partial<Record<EditableField, { from: string | null; to: string | null }>> {
  const changes: Partial<Record<EditableField, { from: string | null; to: string | null }>> = {};
  for (const field of EDITABLE_FIELDS) {
    const next = input[field];
    if (next !== undefined && next !== organisation[field]) changes[field] = { from: organisation[field], to: next };
  }
  return changes;
}
