import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AnswerValue } from '@assay/domain';
import { Assessment } from './assessment.entity.js';
import { EvidenceFile } from './evidence-file.entity.js';

/** One answer of an assessment; `version` is its optimistic lock (a save names the version it saw). */
@Entity()
@Index(['assessmentId', 'questionCode'], { unique: true })
export class Answer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @Column({ type: 'varchar', length: 20 })
  questionCode: string;

  /** Null when the answer is NOT_APPLICABLE or was cleared. */
  @Column({ type: 'jsonb', nullable: true })
  value: AnswerValue | null;

  @Column({ type: 'boolean', default: false })
  notApplicable: boolean;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId: string | null;

  @Column({ type: 'timestamptz' })
  answeredAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Evidence attached to an answer. */
@Entity()
export class AnswerEvidence {
  @PrimaryColumn({ type: 'uuid' })
  answerId: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: Relation<Answer>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Relation<EvidenceFile>;

  @Column({ type: 'uuid', nullable: true })
  attachedByUserId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attachedAt: Date;
}
