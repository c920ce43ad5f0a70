import type { EntityManager } from 'typeorm';
import type { ScoringInput, ScoringResult } from '@assay/domain';
import type { ScoreRunTrigger, ScoredQuestion } from './entities/score-run.entity.js';

export interface NewScoreRun {
  assessmentId: string;
  submissionNumber: number;
  trigger: ScoreRunTrigger;
  /** The re-scoring that produced a RESCORE run. */
  rescoringId?: string | null;
  result: ScoringResult;
  questions: ScoredQuestion[];
  /** Defaults to the transaction's time. */
  scoredAt?: Date;
}

/** Every question's contribution with the answer it was scored on (answers reopen after CHANGES_REQUESTED). */
export function explainedQuestions(result: ScoringResult, input: ScoringInput): ScoredQuestion[] {
  return result.questions.map((question) => ({ ...question, answer: input.answers.get(question.code)?.value ?? null }));
}

/**
 * Stores score runs with one multi-row INSERT, the whole explanation in each row. The rows travel as `json`
 * (PostgreSQL checks it without building jsonb of the whole batch; only the small columns become jsonb). A run a unique index refuses
 * (its submission already has its SUBMISSION run, or its re-scoring its RESCORE run) is skipped: answers the
 * ids of the runs inserted now, by assessment.
 */
export async function insertScoreRuns(manager: EntityManager, runs: readonly NewScoreRun[]): Promise<Map<string, string>> {
  if (runs.length === 0) return new Map();
  const rows = runs.map(({ assessmentId, submissionNumber, trigger, rescoringId, result, questions, scoredAt }) => ({
    assessment_id: assessmentId,
    submission_number: submissionNumber,
    trigger,
    rescoring_id: rescoringId ?? null,
    methodology_version: result.methodologyVersion,
    inherent_risk: result.inherentRisk,
    maturity: result.maturity,
    residual_risk: result.residualRisk,
    tier: result.tier,
    confidence: result.confidence,
    red_flags: result.redFlags,
    themes: result.themes,
    product_risks: result.productRisks,
    questions,
    eligibility: result.eligibility,
    scored_at: scoredAt?.toISOString() ?? null,
  }));
  const inserted = (await manager.query(
    `INSERT INTO score_run (assessment_id, submission_number, trigger, rescoring_id, methodology_version, inherent_risk, maturity, residual_risk,
                            tier, confidence, red_flags, themes, product_risks, questions, eligibility, scored_at)
     SELECT r.assessment_id, r.submission_number, r.trigger::score_run_trigger, r.rescoring_id, r.methodology_version, r.inherent_risk, r.maturity,
            r.residual_risk, r.tier::risk_tier, r.confidence, r.red_flags::jsonb, r.themes::jsonb, r.product_risks::jsonb, r.questions,
            r.eligibility::jsonb, coalesce(r.scored_at, now())
       FROM json_to_recordset($1::json) AS r(assessment_id uuid, submission_number int, trigger text, rescoring_id uuid, methodology_version text,
            inherent_risk float8, maturity float8, residual_risk float8, tier text, confidence float8, red_flags json, themes json,
            product_risks json, questions json, eligibility json, scored_at timestamptz)
     ON CONFLICT DO NOTHING
     RETURNING id, assessment_id AS "assessmentId"`,
    [JSON.stringify(rows)],
  )) as { id: string; assessmentId: string }[];
  return new Map(inserted.map((run) => [run.assessmentId, run.id]));
}
