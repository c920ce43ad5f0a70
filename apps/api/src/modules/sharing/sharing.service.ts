import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Assessment, AssessmentShare, NotificationKind, Organisation, WorkingGroup, WorkingGroupMember, recordAudit } from '@assay/database';
import { ErrorCode, DomainError, OrganisationKind, UserRole, badInput, conflict, forbidden, isAssociation, notFound, requireActor, type Actor } from '@assay/domain';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { AssessmentShareType } from './dto/assessment-share.type.js';
import type { ShareAssessmentInput } from './dto/share-assessment.input.js';

interface ShareTarget {
  clientOrganisationId: string | null;
  workingGroupId: string | null;
  /** Whose users are told: the client, or every member of the working group. */
  organisationIds: string[];
  label: string;
}

/**
 * A provider's admin shares its assessments with client organisations and working groups (SPEC §5: what the
 * client then sees), and may withdraw a share. Withdrawal keeps the row, so who could see what, and from when
 * to when, stays on record (and on the audit chain).
 */
@Injectable()
export class SharingService {
  private readonly logger = new Logger(SharingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async share(actor: Actor | null, input: ShareAssessmentInput): Promise<AssessmentShareType> {
    const caller = requireActor(actor);
    if (Boolean(input.clientOrganisationId) === Boolean(input.workingGroupId)) {
      const message = 'give exactly one of clientOrganisationId and workingGroupId';
      throw badInput([{ field: 'input.clientOrganisationId', message }, { field: 'input.workingGroupId', message }], 'Share with one client organisation or one working group');
    }
    const share = await this.db.transaction(async (manager) => {
      const assessment = await this.lockAsProviderAdmin(manager, caller, input.assessmentId);
      const target = await this.findTarget(manager, input);
      const active = await manager.exists(AssessmentShare, {
        where: { assessmentId: assessment.id, clientOrganisationId: target.clientOrganisationId ?? IsNull(), workingGroupId: target.workingGroupId ?? IsNull(), withdrawnAt: IsNull() },
      });
      if (active) throw conflict(`This assessment is already shared with ${target.label}`);
      const { identifiers } = await manager.insert(AssessmentShare, {
        assessmentId: assessment.id,
        clientOrganisationId: target.clientOrganisationId,
        workingGroupId: target.workingGroupId,
        grantedByUserId: caller.userId,
      });
      const shareId = String(identifiers[0].id);
      await this.audit(manager, caller, 'assessment.shared', assessment.id, { shareId, clientOrganisationId: target.clientOrganisationId, workingGroupId: target.workingGroupId });
      const supplier = await manager.findOneOrFail(Organisation, { where: { id: assessment.supplierId } });
      await this.notifications.notifyOrganisations(manager, target.organisationIds, NotificationKind.ASSESSMENT_SHARED, {
        assessmentId: assessment.id,
        shareId,
        supplierId: supplier.id,
        supplierName: supplier.legalName,
        ...(target.workingGroupId ? { workingGroupId: target.workingGroupId, workingGroupName: target.label } : {}),
      });
      return this.findShares(manager, { shareId });
    });
    this.logger.log({ shareId: share[0].id, assessmentId: input.assessmentId, actorUserId: caller.userId }, 'assessment shared');
    return share[0];
  }

  async withdraw(actor: Actor | null, shareId: string): Promise<AssessmentShareType> {
    const caller = requireActor(actor);
    const share = await this.db.transaction(async (manager) => {
      const row = await manager.findOne(AssessmentShare, { where: { id: shareId } });
      if (!row) throw notFound('Assessment share');
      // Someone who may not see the assessment must not learn that the share exists either.
      const assessment = await this.lockAsProviderAdmin(manager, caller, row.assessmentId).catch((error: unknown) => {
        throw error instanceof DomainError && error.code === ErrorCode.NOT_FOUND ? notFound('Assessment share') : error;
      });
      const { affected } = await manager.update(AssessmentShare, { id: shareId, withdrawnAt: IsNull() }, { withdrawnByUserId: caller.userId, withdrawnAt: () => 'now()' });
      if (!affected) throw conflict('This share was already withdrawn');
      await this.audit(manager, caller, 'assessment.share-withdrawn', assessment.id, { shareId, clientOrganisationId: row.clientOrganisationId, workingGroupId: row.workingGroupId });
      return this.findShares(manager, { shareId });
    });
    this.logger.log({ shareId, actorUserId: caller.userId }, 'assessment share withdrawn');
    return share[0];
  }

  /** The whole history, newest first: for the provider's users and association staff. */
  async list(actor: Actor | null, assessmentId: string): Promise<AssessmentShareType[]> {
    const caller = requireActor(actor);
    const assessment = await this.access.requireVisible(caller, assessmentId);
    if (!isAssociation(caller) && caller.organisationId !== assessment.supplierId) {
      throw forbidden('Only the provider assessed and the association see who an assessment is shared with');
    }
    return this.findShares(this.db.manager, { assessmentId });
  }

  /**
   * The provider's ADMIN only (its members and everyone else who may see the assessment are refused; the rest
   * get NOT_FOUND). The assessment row is locked, so two grants to one target cannot both pass the check.
   */
  private async lockAsProviderAdmin(manager: EntityManager, caller: Actor, assessmentId: string): Promise<Assessment> {
    await this.access.requireAnswerable(caller, assessmentId, manager);
    if (caller.role !== UserRole.ADMIN) throw forbidden("Only an admin of the provider may share its assessments");
    return manager.findOneOrFail(Assessment, { where: { id: assessmentId }, lock: { mode: 'pessimistic_write' } });
  }

  private async findTarget(manager: EntityManager, input: ShareAssessmentInput): Promise<ShareTarget> {
    if (input.clientOrganisationId) {
      const client = await manager.findOne(Organisation, { where: { id: input.clientOrganisationId, kind: OrganisationKind.CLIENT } });
      if (!client) throw notFound('Client organisation');
      return { clientOrganisationId: client.id, workingGroupId: null, organisationIds: [client.id], label: client.legalName };
    }
    const group = await manager.findOne(WorkingGroup, { where: { id: input.workingGroupId! } });
    if (!group) throw notFound('Working group');
    const members = await manager.find(WorkingGroupMember, { where: { workingGroupId: group.id } });
    return { clientOrganisationId: null, workingGroupId: group.id, organisationIds: members.map((m) => m.organisationId), label: group.name };
  }

  private async findShares(manager: EntityManager, where: { shareId: string } | { assessmentId: string }): Promise<AssessmentShareType[]> {
    const [column, value] = 'shareId' in where ? ['s.id', where.shareId] : ['s.assessment_id', where.assessmentId];
    const rows = (await manager.query(
      `SELECT s.id, s.assessment_id, s.client_organisation_id, o.legal_name AS client_organisation_name,
              s.working_group_id, g.name AS working_group_name, s.granted_by_user_id, gu.display_name AS granted_by_name,
              s.granted_at, s.withdrawn_by_user_id, wu.display_name AS withdrawn_by_name, s.withdrawn_at
       FROM assessment_share s
       LEFT JOIN organisation o ON o.id = s.client_organisation_id
       LEFT JOIN working_group g ON g.id = s.working_group_id
       LEFT JOIN "user" gu ON gu.id = s.granted_by_user_id
       LEFT JOIN "user" wu ON wu.id = s.withdrawn_by_user_id
       WHERE ${column} = $1
       ORDER BY s.granted_at DESC, s.id`,
      [value],
    )) as ShareRow[];
    return rows.map(toShareType);
  }

  private audit(manager: EntityManager, caller: Actor, action: string, assessmentId: string, data: Record<string, unknown>): Promise<void> {
    return recordAudit(manager, { action, entityType: 'assessment', entityId: assessmentId, actorUserId: caller.userId, organisationId: caller.organisationId, data });
  }
}

interface ShareRow {
  id: string;
  assessment_id: string;
  client_organisation_id: string | null;
  client_organisation_name: string | null;
  working_group_id: string | null;
  working_group_name: string | null;
  granted_by_user_id: string;
  granted_by_name: string | null;
  granted_at: Date;
  withdrawn_by_user_id: string | null;
  withdrawn_by_name: string | null;
  withdrawn_at: Date | null;
}

function toShareType(row: ShareRow): AssessmentShareType {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    clientOrganisationId: row.client_organisation_id,
    clientOrganisationName: row.client_organisation_name,
    workingGroupId: row.working_group_id,
    workingGroupName: row.working_group_name,
    grantedByUserId: row.granted_by_user_id,
    grantedByName: row.granted_by_name,
    grantedAt: row.granted_at,
    withdrawnByUserId: row.withdrawn_by_user_id,
    withdrawnByName: row.withdrawn_by_name,
    withdrawnAt: row.withdrawn_at,
    active: row.withdrawn_at === null,
  };
}
