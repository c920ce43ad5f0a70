import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Assessment } from './assessment.entity.js';
import { ScoreRun } from './score-run.entity.js';
import { User } from './user.entity.js';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}

export interface QuestionComment {
  questionCode: string;
  comment: string;
}

/** A reviewer's decision on one scored submission of an assessment; written once, never edited. */
@Entity()
@Index(['assessmentId', 'decidedAt'])
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  /** The run the reviewer read when deciding. */
  @Index()
  @Column({ type: 'uuid' })
  scoreRunId: string;

  @ManyToOne(() => ScoreRun, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'score_run_id' })
  scoreRun?: Relation<ScoreRun>;

  @Column({ type: 'int' })
  submissionNumber: number;

  @Column({ type: 'uuid' })
  reviewerUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_user_id' })
  reviewer?: Relation<User>;

  @Column({ type: 'enum', enum: ReviewDecision, enumName: 'review_decision' })
  decision: ReviewDecision;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Comments on single questions (mostly with REQUEST_CHANGES: what to change where). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  questionComments: QuestionComment[];

  /** With an approval at level CERTIFIED_WITH_CONDITIONS: the conditions the certificate will carry. */
  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}
