import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Tier, type AnswerValue, type Eligibility, type ProductRisk, type QuestionContribution, type ThemeScore } from '@assay/domain';
import { Assessment } from './assessment.entity.js';
import { Rescoring } from './rescoring.entity.js';

export type ScoredQuestion = QuestionContribution & { answer: AnswerValue | null };

export enum ScoreRunTrigger {
  SUBMISSION = 'SUBMISSION',
  RESCORE = 'RESCORE',
}

/**
 * One scoring of one submission of an assessment. The whole explanation (per question, per theme) lives in
 * this one row: a scorecard is one read, a scoring job one insert. The partial unique index makes a second
 * SUBMISSION run for the same submission impossible (duplicate jobs insert nothing); re-scoring runs sit beside it,
 * one per assessment and re-scoring (a duplicate re-scoring job inserts nothing either).
 */
@Entity()
@Index('score_run_submission_unique', ['assessmentId', 'submissionNumber'], { unique: true, where: `"trigger" = 'SUBMISSION'` })
@Index('score_run_rescoring_unique', ['rescoringId', 'assessmentId'], { unique: true, where: `"trigger" = 'RESCORE'` })
@Index(['assessmentId', 'scoredAt'])
export class ScoreRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @Column({ type: 'int' })
  submissionNumber: number;

  @Column({ type: 'varchar', length: 40 })
  methodologyVersion: string;

  @Column({ type: 'enum', enum: ScoreRunTrigger, enumName: 'score_run_trigger' })
  trigger: ScoreRunTrigger;

  /** The re-scoring that produced a RESCORE run. */
  @Column({ type: 'uuid', nullable: true })
  rescoringId: string | null;

  @ManyToOne(() => Rescoring, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rescoring_id' })
  rescoring?: Relation<Rescoring>;

  @Column({ type: 'double precision' })
  inherentRisk: number;

  @Column({ type: 'double precision' })
  maturity: number;

  @Column({ type: 'double precision' })
  residualRisk: number;

  @Column({ type: 'enum', enum: Tier, enumName: 'risk_tier' })
  tier: Tier;

  @Column({ type: 'double precision' })
  confidence: number;

  @Column({ type: 'jsonb' })
  redFlags: { questionCode: string; ruleId: string }[];

  @Column({ type: 'jsonb' })
  themes: ThemeScore[];

  @Column({ type: 'jsonb' })
  productRisks: ProductRisk[];

  /**
   * Every question's contribution, with the answer it was scored on (answers change after CHANGES_REQUESTED).
   * `json`, not `jsonb`: written once, read whole and never queried inside, and PostgreSQL stores ~18 kB of
   * JSON text several times faster than it converts it to jsonb (bench:scoring, docs/performance.md).
   */
  @Column({ type: 'json' })
  questions: ScoredQuestion[];

  @Column({ type: 'jsonb' })
  eligibility: Eligibility;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  scoredAt: Date;
}
