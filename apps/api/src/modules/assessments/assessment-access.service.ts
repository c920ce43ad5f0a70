import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Assessment } from '@assay/database';
import { canAnswerAssessment, canSeeAssessment, forbidden, isAssociation, notFound, requireActor, type Actor } from '@assay/domain';

/**
 * The one place that decides whether a caller may see or answer an assessment (rules: libs/domain
 * assessment-access.ts). An assessment the caller may not see answers NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class AssessmentAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `lock`: read the row FOR UPDATE (inside the caller's transaction), to change it or what hangs on it. */
  async requireVisible(actor: Actor | null, assessmentId: string, manager: EntityManager = this.db.manager, lock = false): Promise<Assessment> {
    const caller = requireActor(actor);
    const assessment = await manager.findOne(Assessment, { where: { id: assessmentId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!assessment) throw notFound('Assessment');
    if (isAssociation(caller) || assessment.supplierId === caller.organisationId) return assessment;
    const [shares, groups] = await Promise.all([
      manager.query(
        `SELECT client_organisation_id, working_group_id FROM assessment_share WHERE assessment_id = $1 AND withdrawn_at IS NULL`,
        [assessmentId],
      ) as Promise<{ client_organisation_id: string | null; working_group_id: string | null }[]>,
      this.workingGroupIdsOf(caller, manager),
    ]);
    const facts = {
      supplierId: assessment.supplierId,
      requestedByOrganisationId: assessment.requestedByOrganisationId,
      workingGroupId: assessment.workingGroupId,
      sharedWithOrganisationIds: shares.flatMap((s) => (s.client_organisation_id ? [s.client_organisation_id] : [])),
      sharedWithWorkingGroupIds: shares.flatMap((s) => (s.working_group_id ? [s.working_group_id] : [])),
    };
    if (!canSeeAssessment(caller, facts, groups)) throw notFound('Assessment');
    return assessment;
  }

  /** The provider's own users only; everyone else who can see it is refused, the rest get NOT_FOUND. */
  async requireAnswerable(actor: Actor | null, assessmentId: string, manager: EntityManager = this.db.manager, lock = false): Promise<Assessment> {
    const assessment = await this.requireVisible(actor, assessmentId, manager, lock);
    if (!canAnswerAssessment(actor, assessment)) throw forbidden('Only the provider being assessed answers its questionnaire');
    return assessment;
  }

  /**
   * SQL condition (on alias `a`) selecting the assessments the caller may see, for lists; the same rules as
   * `canSeeAssessment`, written for the database. Returns the condition and its parameters from `$<first>`.
   */
  visibleCondition(actor: Actor, firstParam = 1): { sql: string; params: unknown[] } {
    if (isAssociation(actor)) return { sql: 'TRUE', params: [] };
    const org = `$${firstParam}`;
    if (actor.organisationKind === 'PROVIDER') return { sql: `a.supplier_id = ${org}`, params: [actor.organisationId] };
    const groups = `(SELECT working_group_id FROM working_group_member WHERE organisation_id = ${org})`;
    return {
      sql:
        `(a.requested_by_organisation_id = ${org} OR a.working_group_id IN ${groups} OR EXISTS (` +
        `SELECT 1 FROM assessment_share s WHERE s.assessment_id = a.id AND s.withdrawn_at IS NULL ` +
        `AND (s.client_organisation_id = ${org} OR s.working_group_id IN ${groups})))`,
      params: [actor.organisationId],
    };
  }

  private async workingGroupIdsOf(actor: Actor, manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(`SELECT working_group_id FROM working_group_member WHERE organisation_id = $1`, [actor.organisationId])) as {
      working_group_id: string;
    }[];
    return rows.map((row) => row.working_group_id);
  }
}
