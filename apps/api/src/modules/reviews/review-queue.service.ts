import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentStatus, requireAssociationStaff, type Actor, type FieldError, type Tier } from '@assay/domain';
import type { Assessment } from '@assay/database';
import { parsePageRequest, toConnection, type Connection } from '../../common/newest-first-cursor.js';
import type { ReviewQueueFilterInput } from './dto/review-inputs.input.js';
import { checkOptionalId } from './review-input.js';

export const REVIEW_QUEUE_DEFAULT_PAGE_SIZE = 20;
export const REVIEW_QUEUE_MAX_PAGE_SIZE = 100;

export interface ReviewQueueItem {
  assessment: Assessment;
  scoredAt: Date;
  tier: Tier;
  maturity: number;
  overridden: boolean;
  overridePending: boolean;
  claim: { claimedBy: { id: string; displayName: string }; claimedAt: Date } | null;
  cursorScoredAt: string;
}

type QueueRow = Assessment & {
  scoredAt: Date;
  tier: Tier;
  maturity: number;
  overridden: boolean;
  overridePending: boolean;
  claimedByName: string | null;
  cursorScoredAt: string;
};

/**
 * The association's review queue: scored assessments waiting for a decision (SCORED) or being reviewed
 * (UNDER_REVIEW), oldest first by when their current submission was scored. One statement per page: the
 * assessment columns (the Assessment type resolves the rest in batches), the effective tier and maturity of
 * the latest run, whether an override is pending, and who claimed it.
 */
@Injectable()
export class ReviewQueueService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(actor: Actor | null, filter: ReviewQueueFilterInput | null | undefined, first: number, after: string | null | undefined): Promise<Connection<ReviewQueueItem>> {
    requireAssociationStaff(actor);
    const problems: FieldError[] = [];
    const requestedBy = checkOptionalId(filter?.requestedByOrganisationId, 'filter.requestedByOrganisationId', problems);
    // The cursor has the newest-first lists' shape (a timestamp with microseconds, an id); only the order differs.
    const request = parsePageRequest(first, after, REVIEW_QUEUE_MAX_PAGE_SIZE, problems);

    const params: unknown[] = [[AssessmentStatus.SCORED, AssessmentStatus.UNDER_REVIEW]];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['a.status = ANY($1::assessment_status[])'];
    if (filter?.tier) where.push(`coalesce(o.tier, r.tier) = ${param(filter.tier)}::risk_tier`);
    if (filter?.category) {
      where.push(`EXISTS (SELECT 1 FROM assessment_product ap JOIN product p ON p.id = ap.product_id WHERE ap.assessment_id = a.id AND p.category = ${param(filter.category)})`);
    }
    if (filter?.requesterKind) where.push(`a.requester_kind = ${param(filter.requesterKind)}::requester_kind`);
    if (requestedBy) where.push(`a.requested_by_organisation_id = ${param(requestedBy)}::uuid`);
    if (filter?.claimed === true || filter?.claimed === false) where.push(`a.status = ${param(filter.claimed ? AssessmentStatus.UNDER_REVIEW : AssessmentStatus.SCORED)}::assessment_status`);
    if (request.after) where.push(`(s.scored_at, a.id) > (${param(request.after.createdAt)}::timestamptz, ${param(request.after.id)}::uuid)`);

    const rows = (await this.db.query(
      `SELECT a.id, a.supplier_id AS "supplierId", a.template_id AS "templateId", a.status, a.requester_kind AS "requesterKind",
              a.requested_by_organisation_id AS "requestedByOrganisationId", a.requested_by_user_id AS "requestedByUserId",
              a.working_group_id AS "workingGroupId", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
              a.submission_number AS "submissionNumber", a.submitted_at AS "submittedAt", a.created_at AS "createdAt",
              a.updated_at AS "updatedAt", a.claimed_by_user_id AS "claimedByUserId", a.claimed_at AS "claimedAt",
              u.display_name AS "claimedByName", s.scored_at AS "scoredAt",
              to_char(s.scored_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorScoredAt",
              coalesce(o.tier, r.tier) AS tier, coalesce(o.maturity, r.maturity) AS maturity, o.id IS NOT NULL AS overridden,
              EXISTS (SELECT 1 FROM score_override po WHERE po.score_run_id = r.id AND po.status = 'PENDING') AS "overridePending"
         FROM assessment a
         JOIN score_run s ON s.assessment_id = a.id AND s.submission_number = a.submission_number AND s.trigger = 'SUBMISSION'
         CROSS JOIN LATERAL (SELECT lr.id, lr.tier, lr.maturity FROM score_run lr WHERE lr.assessment_id = a.id AND lr.trigger = 'SUBMISSION' ORDER BY lr.scored_at DESC, lr.id DESC LIMIT 1) r
         LEFT JOIN LATERAL (SELECT co.id, co.tier, co.maturity FROM score_override co WHERE co.score_run_id = r.id AND co.status = 'CONFIRMED'
                             ORDER BY co.confirmed_at DESC, co.id DESC LIMIT 1) o ON TRUE
         LEFT JOIN "user" u ON u.id = a.claimed_by_user_id
        WHERE ${where.join(' AND ')}
        ORDER BY s.scored_at ASC, a.id ASC LIMIT ${param(request.first + 1)}`,
      params,
    )) as QueueRow[];
    return toConnection(rows.map(toItem), request.first, (item) => ({ createdAt: item.cursorScoredAt, id: item.assessment.id }));
  }
}

function toItem(row: QueueRow): ReviewQueueItem {
  const { scoredAt, tier, maturity, overridden, overridePending, claimedByName, cursorScoredAt, ...assessment } = row;
  const claim = assessment.claimedByUserId && assessment.claimedAt ? { claimedBy: { id: assessment.claimedByUserId, displayName: claimedByName ?? '' }, claimedAt: assessment.claimedAt } : null;
  return { assessment, scoredAt, tier, maturity, overridden, overridePending, claim, cursorScoredAt };
}
