import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { QuestionComment, ReviewDecision, ScoreOverrideStatus } from '@assay/database';
import type { Tier } from '@assay/domain';
import type { ReviewClaimType, ReviewType, ScoreOverrideType } from './dto/review.type.js';

interface OverrideRow {
  id: string;
  assessment_id: string;
  score_run_id: string;
  status: ScoreOverrideStatus;
  tier: Tier | null;
  maturity: number | null;
  justification: string;
  proposed_by_user_id: string;
  proposed_by_name: string;
  proposed_at: Date;
  confirmed_by_user_id: string | null;
  confirmed_by_name: string | null;
  confirmed_at: Date | null;
  withdrawn_by_user_id: string | null;
  withdrawn_by_name: string | null;
  withdrawn_at: Date | null;
}

interface ReviewRow {
  id: string;
  assessment_id: string;
  decision: ReviewDecision;
  comment: string | null;
  question_comments: QuestionComment[];
  conditions: string | null;
  submission_number: number;
  score_run_id: string;
  reviewer_user_id: string;
  reviewer_name: string;
  decided_at: Date;
}

export type ScoreOverrideView = ScoreOverrideType;
export type ReviewView = ReviewType;

const person = (id: string | null, displayName: string | null) => (id ? { id, displayName: displayName ?? '' } : null);

export interface ReviewLoaders {
  /** Reviews of each assessment, newest first. */
  reviews: DataLoader<string, ReviewView[]>;
  /** Overrides of each assessment (every status), newest first. */
  overrides: DataLoader<string, ScoreOverrideView[]>;
  /** Display names of claimants. */
  staff: DataLoader<string, { id: string; displayName: string } | null>;
}

/**
 * Reads of reviews, overrides and claims with the names they carry, one statement per kind for a whole
 * response. Who may read them is decided by the resolver (reviews: whoever sees the assessment; overrides and
 * claims: association staff only).
 */
@Injectable()
export class ReviewReads {
  private readonly byRequest = new WeakMap<object, ReviewLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(requestContext: object): ReviewLoaders {
    let loaders = this.byRequest.get(requestContext);
    if (!loaders) {
      const options = { cache: false };
      loaders = {
        reviews: new DataLoader(async (ids) => {
          const rows = await this.reviews([...ids]);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id).map(({ assessmentId: _a, ...review }) => review));
        }, options),
        overrides: new DataLoader(async (ids) => {
          const rows = await this.overrides('assessment_id', [...ids]);
          return ids.map((id) => rows.filter((row) => row.assessmentId === id));
        }, options),
        staff: new DataLoader(async (ids) => {
          const rows = (await this.db.query(`SELECT id, display_name FROM "user" WHERE id = ANY($1::uuid[])`, [[...ids]])) as { id: string; display_name: string }[];
          const byId = new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.display_name }]));
          return ids.map((id) => byId.get(id) ?? null);
        }, options),
      };
      this.byRequest.set(requestContext, loaders);
    }
    return loaders;
  }

  async override(id: string): Promise<ScoreOverrideView> {
    const [view] = await this.overrides('id', [id]);
    if (!view) throw new Error(`score override ${id} vanished`); // read right after the mutation that returned it
    return view;
  }

  async claimOf(claimedByUserId: string | null, claimedAt: Date | null, requestContext: object): Promise<ReviewClaimType | null> {
    if (!claimedByUserId || !claimedAt) return null;
    const claimedBy = (await this.for(requestContext).staff.load(claimedByUserId)) ?? { id: claimedByUserId, displayName: '' };
    return { claimedBy, claimedAt };
  }

  private async overrides(column: 'id' | 'assessment_id', ids: string[]): Promise<ScoreOverrideView[]> {
    const rows = (await this.db.query(
      `SELECT o.id, o.assessment_id, o.score_run_id, o.status, o.tier, o.maturity, o.justification,
              o.proposed_by_user_id, p.display_name AS proposed_by_name, o.proposed_at,
              o.confirmed_by_user_id, c.display_name AS confirmed_by_name, o.confirmed_at,
              o.withdrawn_by_user_id, w.display_name AS withdrawn_by_name, o.withdrawn_at
         FROM score_override o
         JOIN "user" p ON p.id = o.proposed_by_user_id
         LEFT JOIN "user" c ON c.id = o.confirmed_by_user_id
         LEFT JOIN "user" w ON w.id = o.withdrawn_by_user_id
        WHERE o.${column} = ANY($1::uuid[])
        ORDER BY o.proposed_at DESC, o.id DESC`,
      [ids],
    )) as OverrideRow[];
    return rows.map((row) => ({
      id: row.id,
      assessmentId: row.assessment_id,
      scoreRunId: row.score_run_id,
      status: row.status,
      tier: row.tier,
      maturity: row.maturity,
      justification: row.justification,
      proposedBy: person(row.proposed_by_user_id, row.proposed_by_name)!,
      proposedAt: row.proposed_at,
      confirmedBy: person(row.confirmed_by_user_id, row.confirmed_by_name),
      confirmedAt: row.confirmed_at,
      withdrawnBy: person(row.withdrawn_by_user_id, row.withdrawn_by_name),
      withdrawnAt: row.withdrawn_at,
    }));
  }

  private async reviews(assessmentIds: string[]): Promise<(ReviewView & { assessmentId: string })[]> {
    const rows = (await this.db.query(
      `SELECT r.id, r.assessment_id, r.decision, r.comment, r.question_comments, r.conditions, r.submission_number, r.score_run_id,
              r.reviewer_user_id, u.display_name AS reviewer_name, r.decided_at
         FROM review r JOIN "user" u ON u.id = r.reviewer_user_id
        WHERE r.assessment_id = ANY($1::uuid[])
        ORDER BY r.decided_at DESC, r.id DESC`,
      [assessmentIds],
    )) as ReviewRow[];
    return rows.map((row) => ({
      id: row.id,
      assessmentId: row.assessment_id,
      decision: row.decision,
      comment: row.comment,
      questionComments: row.question_comments,
      conditions: row.conditions,
      submissionNumber: row.submission_number,
      scoreRunId: row.score_run_id,
      reviewer: { id: row.reviewer_user_id, displayName: row.reviewer_name },
      decidedAt: row.decided_at,
    }));
  }
}
