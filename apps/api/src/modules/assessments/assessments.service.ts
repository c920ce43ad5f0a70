import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Assessment,
  AssessmentProduct,
  DEFAULT_QUESTIONNAIRE_KEY,
  NotificationKind,
  QuestionnaireTemplate,
  TemplateStatus,
  latestPublishedTemplate,
  recordAudit,
} from '@assay/database';
import { OrganisationStatus, badInput, canSeeSupplier, conflict, isAssociation, notFound, requireActor, type Actor } from '@assay/domain';
import { afterCursorSql, cursorTimestampSql, toConnection, type Connection } from '../../common/newest-first-cursor.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AssessmentAccessService } from './assessment-access.service.js';
import { parseAssessmentListQuery, type AssessmentFilter } from './assessment-list-query.js';
import { checkDueDate } from './due-date.js';
import type { RequestAssessmentInput } from './dto/request-assessment.input.js';
import { requesterKindOf } from './requester.js';

/** An assessment row of a list, with where it sits in the list's order. */
export type ListedAssessment = Assessment & { cursorCreatedAt: string };

interface OrganisationFacts {
  id: string;
  kind: string;
  status: OrganisationStatus;
  legal_name: string;
}

/** Requesting assessments and reading them; answering and submitting live in AnswersService. */
@Injectable()
export class AssessmentsService {
  private readonly logger = new Logger(AssessmentsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async request(actor: Actor | null, input: RequestAssessmentInput): Promise<Assessment> {
    const caller = requireActor(actor);
    const workingGroupId = input.workingGroupId ?? null;
    const requesterKind = requesterKindOf(caller, input.supplierId, workingGroupId);
    const dueDate = checkDueDate(input.dueDate, new Date());
    const productIds = [...new Set(input.productIds)];

    return this.db.transaction(async (manager) => {
      const { supplier, requester } = await this.parties(manager, caller, input.supplierId);
      if (workingGroupId) await this.requireWorkingGroup(manager, caller, workingGroupId);
      await this.requireProductsOf(manager, supplier.id, productIds);
      const template = await this.templateToPin(manager, input.templateId ?? null);

      const assessment = await manager.save(
        manager.create(Assessment, {
          supplierId: supplier.id,
          templateId: template.id,
          requesterKind,
          requestedByOrganisationId: caller.organisationId,
          requestedByUserId: caller.userId,
          workingGroupId,
          dueDate,
        }),
      );
      await manager.insert(AssessmentProduct, productIds.map((productId) => ({ assessmentId: assessment.id, productId })));
      await recordAudit(manager, {
        action: 'assessment.requested',
        entityType: 'assessment',
        entityId: assessment.id,
        actorUserId: caller.userId,
        organisationId: caller.organisationId,
        data: { supplierId: supplier.id, productIds, templateId: template.id, templateKey: template.key, templateVersion: template.version, requesterKind, workingGroupId, dueDate },
      });
      await this.notifications.notifyOrganisations(manager, [supplier.id], NotificationKind.ASSESSMENT_REQUESTED, {
        assessmentId: assessment.id,
        supplierId: supplier.id,
        supplierName: supplier.legal_name,
        requestedByOrganisationId: requester.id,
        requestedByName: requester.legal_name,
        requesterKind,
        dueDate,
      });
      this.logger.log({ assessmentId: assessment.id, supplierId: supplier.id, requesterKind, userId: caller.userId }, 'assessment requested');
      return assessment;
    });
  }

  /** The assessments the caller may see (SPEC §5), newest first. */
  async page(actor: Actor | null, filter: AssessmentFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<ListedAssessment>> {
    const caller = requireActor(actor);
    const query = parseAssessmentListQuery(filter, first, after);
    const visible = this.access.visibleCondition(caller);
    const params: unknown[] = [...visible.params];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [visible.sql];
    if (query.status) where.push(`a.status = ${param(query.status)}`);
    if (query.supplierId) where.push(`a.supplier_id = ${param(query.supplierId)}`);
    if (query.after) where.push(afterCursorSql('a', param(query.after.createdAt), param(query.after.id)));
    const rows = (await this.db.query(
      `SELECT a.id, a.supplier_id AS "supplierId", a.template_id AS "templateId", a.status, a.requester_kind AS "requesterKind",
              a.requested_by_organisation_id AS "requestedByOrganisationId", a.requested_by_user_id AS "requestedByUserId",
              a.working_group_id AS "workingGroupId", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
              a.submission_number AS "submissionNumber", a.submitted_at AS "submittedAt", a.created_at AS "createdAt",
              a.updated_at AS "updatedAt", ${cursorTimestampSql('a')} AS "cursorCreatedAt"
         FROM assessment a WHERE ${where.join(' AND ')}
        ORDER BY a.created_at DESC, a.id DESC LIMIT ${param(query.first + 1)}`,
      params,
    )) as ListedAssessment[];
    return toConnection(rows, query.first, (row) => ({ createdAt: row.cursorCreatedAt, id: row.id }));
  }

  /** One assessment; one the caller may not see answers NOT_FOUND. */
  one(actor: Actor | null, id: string): Promise<Assessment> {
    return this.access.requireVisible(actor, id);
  }

  /** The supplier (an ACTIVE provider the caller can see) and the caller's organisation, in one read. */
  private async parties(manager: EntityManager, caller: Actor, supplierId: string): Promise<{ supplier: OrganisationFacts; requester: OrganisationFacts }> {
    const rows = (await manager.query(`SELECT id, kind, status, legal_name FROM organisation WHERE id = ANY($1::uuid[])`, [
      [supplierId, caller.organisationId],
    ])) as OrganisationFacts[];
    const supplier = rows.find((row) => row.id === supplierId && row.kind === 'PROVIDER');
    const requester = rows.find((row) => row.id === caller.organisationId);
    if (!supplier || !canSeeSupplier(caller, supplier)) throw notFound('Supplier');
    if (supplier.status !== OrganisationStatus.ACTIVE) throw conflict('The supplier is not verified yet: only verified providers are assessed');
    if (!requester) throw notFound('Organisation'); // the caller's own organisation was deleted under a live token
    return { supplier, requester };
  }

  /** Association staff may name any working group; a client only one its organisation belongs to. */
  private async requireWorkingGroup(manager: EntityManager, caller: Actor, workingGroupId: string): Promise<void> {
    const [row] = (await manager.query(
      `SELECT 1 FROM working_group g WHERE g.id = $1
          AND ($2 OR EXISTS (SELECT 1 FROM working_group_member m WHERE m.working_group_id = g.id AND m.organisation_id = $3))`,
      [workingGroupId, isAssociation(caller), caller.organisationId],
    )) as unknown[];
    if (!row) throw notFound('Working group');
  }

  private async requireProductsOf(manager: EntityManager, supplierId: string, productIds: string[]): Promise<void> {
    const [row] = (await manager.query(`SELECT count(*)::int AS count FROM product WHERE id = ANY($1::uuid[]) AND supplier_id = $2`, [
      productIds,
      supplierId,
    ])) as { count: number }[];
    if (row?.count !== productIds.length) throw badInput([{ field: 'input.productIds', message: 'must all be products of the supplier' }]);
  }

  /** The version given (it must be published), else the newest published version of the default questionnaire. */
  private async templateToPin(manager: EntityManager, templateId: string | null): Promise<QuestionnaireTemplate> {
    if (templateId) {
      // A draft or retired version answers like an unknown id: drafts are the association's business.
      const template = await manager.findOne(QuestionnaireTemplate, { where: { id: templateId, status: TemplateStatus.PUBLISHED } });
      if (!template) throw badInput([{ field: 'input.templateId', message: 'must be a published questionnaire version' }]);
      return template;
    }
    const template = await latestPublishedTemplate(manager, DEFAULT_QUESTIONNAIRE_KEY);
    if (!template) throw conflict('There is no published questionnaire to answer: the association must publish one first');
    return template;
  }
}
