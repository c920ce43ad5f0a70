import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Tier } from '@assay/domain';
import { Assessment } from './assessment.entity.js';
import { ScoreRun } from './score-run.entity.js';
import { User } from './user.entity.js';

export enum ScoreOverrideStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A reviewer's override of the tier and/or maturity of a score run, with its justification. It counts only
 * once a second association reviewer or admin confirms it (four eyes): the database itself refuses a
 * confirmation by the proposer, and a second pending override of the same run. Both names stay on the row.
 */
@Entity()
@Index('score_override_one_pending', ['scoreRunId'], { unique: true, where: `"status" = 'PENDING'` })
@Check('score_override_four_eyes', '"confirmed_by_user_id" IS NULL OR "confirmed_by_user_id" <> "proposed_by_user_id"')
@Check('score_override_changes_something', '"tier" IS NOT NULL OR "maturity" IS NOT NULL')
@Check('score_override_maturity_range', '"maturity" IS NULL OR ("maturity" >= 0 AND "maturity" <= 100)')
@Check('score_override_confirmed', `("status" = 'CONFIRMED') = ("confirmed_by_user_id" IS NOT NULL AND "confirmed_at" IS NOT NULL)`)
export class ScoreOverride {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @Index()
  @Column({ type: 'uuid' })
  scoreRunId: string;

  @ManyToOne(() => ScoreRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'score_run_id' })
  scoreRun?: Relation<ScoreRun>;

  /** Null: the run's tier stands. */
  @Column({ type: 'enum', enum: Tier, enumName: 'risk_tier', nullable: true })
  tier: Tier | null;

  /** Null: the run's maturity stands. */
  @Column({ type: 'double precision', nullable: true })
  maturity: number | null;

  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'enum', enum: ScoreOverrideStatus, enumName: 'score_override_status', default: ScoreOverrideStatus.PENDING })
  status: ScoreOverrideStatus;

  @Column({ type: 'uuid' })
  proposedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_user_id' })
  proposedBy?: Relation<User>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  confirmedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_by_user_id' })
  confirmedBy?: Relation<User>;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** Who withdrew a PENDING override (its proposer, an association admin, or a decision that ended the review). */
  @Column({ type: 'uuid', nullable: true })
  withdrawnByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
