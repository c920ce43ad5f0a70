import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ScoreOverride, ScoreOverrideStatus, isUniqueViolation, recordAudit, type Assessment } from '@assay/database';
import { AssessmentStatus, badInput, conflict, forbidden, isAssociationAdmin, notFound, requireAssociationStaff, type Actor } from '@assay/domain';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import type { ProposeScoreOverrideInput } from './dto/review-inputs.input.js';
import { checkOverrideProposal } from './review-input.js';

/**
 * Overrides of a score's tier or maturity (SPEC §3 "Review"): proposed with a written justification by
 * association staff while the assessment is under review, and in force only once another reviewer or admin
 * confirms it (four eyes; the database refuses a self-confirmation too). Until then nobody but the
 * association sees it, and no decision can be taken on the assessment.
 */
@Injectable()
export class ScoreOverridesService {
  private readonly logger = new Logger(ScoreOverridesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
  ) {}

  async propose(actor: Actor | null, input: ProposeScoreOverrideInput): Promise<ScoreOverride> {
    const caller = requireAssociationStaff(actor);
    const proposal = checkOverrideProposal(input);
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireVisible(caller, input.assessmentId, manager, true);
      requireUnderReview(assessment, 'propose an override');
      const [run] = (await manager.query(`SELECT id, tier, maturity FROM score_run WHERE assessment_id = $1 AND trigger = 'SUBMISSION' ORDER BY scored_at DESC, id DESC LIMIT 1`, [
        assessment.id,
      ])) as { id: string; tier: string; maturity: number }[];
      if (!run) throw new Error(`assessment ${assessment.id} is under review without a score run`); // scoring always writes one
      if ((proposal.tier === null || proposal.tier === run.tier) && (proposal.maturity === null || proposal.maturity === run.maturity)) {
        throw badInput([{ field: 'input', message: 'must change the tier or the maturity of the score' }], 'The override changes nothing');
      }
      let saved: ScoreOverride;
      try {
        saved = await manager.save(manager.create(ScoreOverride, { assessmentId: assessment.id, scoreRunId: run.id, ...proposal, proposedByUserId: caller.userId }));
      } catch (error) {
        // The partial unique index: one pending override per run.
        if (isUniqueViolation(error)) throw conflict('Another override of this score waits for confirmation: confirm or withdraw it first');
        throw error;
      }
      await this.audit(manager, caller, assessment, 'assessment.score_override_proposed', saved, { justification: proposal.justification, scoredTier: run.tier, scoredMaturity: run.maturity });
      this.logger.log({ assessmentId: assessment.id, overrideId: saved.id, userId: caller.userId }, 'score override proposed');
      return saved;
    });
  }

  /** By association staff other than the proposer, while the assessment is still under review. */
  async confirm(actor: Actor | null, overrideId: string): Promise<ScoreOverride> {
    const caller = requireAssociationStaff(actor);
    return this.db.transaction(async (manager) => {
      const { override, assessment } = await this.pending(manager, caller, overrideId, 'confirm');
      if (override.proposedByUserId === caller.userId) {
        throw forbidden('Four eyes: you proposed this override, so another association reviewer or admin must confirm it');
      }
      requireUnderReview(assessment, 'confirm an override');
      const confirmedAt = new Date();
      await manager.update(ScoreOverride, { id: override.id }, { status: ScoreOverrideStatus.CONFIRMED, confirmedByUserId: caller.userId, confirmedAt });
      Object.assign(override, { status: ScoreOverrideStatus.CONFIRMED, confirmedByUserId: caller.userId, confirmedAt });
      await this.audit(manager, caller, assessment, 'assessment.score_override_confirmed', override, { proposedByUserId: override.proposedByUserId });
      this.logger.log({ assessmentId: assessment.id, overrideId: override.id, userId: caller.userId }, 'score override confirmed');
      return override;
    });
  }

  /** By its proposer, or an association admin. */
  async withdraw(actor: Actor | null, overrideId: string): Promise<ScoreOverride> {
    const caller = requireAssociationStaff(actor);
    return this.db.transaction(async (manager) => {
      const { override, assessment } = await this.pending(manager, caller, overrideId, 'withdraw');
      if (override.proposedByUserId !== caller.userId && !isAssociationAdmin(caller)) {
        throw forbidden('Only the person who proposed this override, or an association admin, may withdraw it');
      }
      const withdrawnAt = new Date();
      await manager.update(ScoreOverride, { id: override.id }, { status: ScoreOverrideStatus.WITHDRAWN, withdrawnByUserId: caller.userId, withdrawnAt });
      Object.assign(override, { status: ScoreOverrideStatus.WITHDRAWN, withdrawnByUserId: caller.userId, withdrawnAt });
      await this.audit(manager, caller, assessment, 'assessment.score_override_withdrawn', override, {});
      this.logger.log({ assessmentId: assessment.id, overrideId: override.id, userId: caller.userId }, 'score override withdrawn');
      return override;
    });
  }

  /** The override (locked, with its assessment locked first: the order every writer takes), still PENDING. */
  private async pending(manager: EntityManager, caller: Actor, overrideId: string, verb: string): Promise<{ override: ScoreOverride; assessment: Assessment }> {
    const found = await manager.findOne(ScoreOverride, { where: { id: overrideId } });
    if (!found) throw notFound('Score override');
    const assessment = await this.access.requireVisible(caller, found.assessmentId, manager, true);
    const override = await manager.findOneOrFail(ScoreOverride, { where: { id: overrideId }, lock: { mode: 'pessimistic_write' } });
    if (override.status !== ScoreOverrideStatus.PENDING) throw conflict(`Cannot ${verb} the override: it is already ${override.status}`);
    return { override, assessment };
  }

  private audit(manager: EntityManager, caller: Actor, assessment: Assessment, action: string, override: ScoreOverride, data: Record<string, unknown>) {
    return recordAudit(manager, {
      action,
      entityType: 'assessment',
      entityId: assessment.id,
      actorUserId: caller.userId,
      organisationId: assessment.supplierId,
      data: { overrideId: override.id, scoreRunId: override.scoreRunId, tier: override.tier, maturity: override.maturity, ...data },
    });
  }
}

function requireUnderReview(assessment: Assessment, what: string): void {
  if (assessment.status !== AssessmentStatus.UNDER_REVIEW) {
    throw conflict(`Cannot ${what}: the assessment is ${assessment.status} (overrides are made while it is UNDER_REVIEW)`);
  }
}
