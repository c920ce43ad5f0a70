import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RescoringItemStatus, RescoringStatus } from '@assay/domain';
import { Assessment } from './assessment.entity.js';
import { User } from './user.entity.js';

/**
 * An association admin's request to score every scored assessment again under one methodology version. The
 * assessments are snapshotted as items when it is requested; the worker settles each item (DONE with its
 * RESCORE run, or FAILED with the error) and the item that settles last finishes the re-scoring. The partial
 * unique index lets one re-scoring run at a time, whatever the number of api replicas.
 */
@Entity()
@Index('rescoring_one_running', ['status'], { unique: true, where: `"status" = 'RUNNING'` })
@Index(['requestedAt', 'id'])
@Check('rescoring_finished_when_settled', `("status" = 'RUNNING') = ("finished_at" IS NULL)`)
export class Rescoring {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  methodologyVersion: string;

  @Column({ type: 'uuid' })
  requestedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: Relation<User>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'enum', enum: RescoringStatus, enumName: 'rescoring_status', default: RescoringStatus.RUNNING })
  status: RescoringStatus;
}

/** One assessment of a re-scoring, and how its scoring went. */
@Entity()
@Index(['rescoringId', 'status'])
export class RescoringItem {
  @PrimaryColumn({ type: 'uuid' })
  rescoringId: string;

  @ManyToOne(() => Rescoring, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rescoring_id' })
  rescoring?: Relation<Rescoring>;

  @PrimaryColumn({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @Column({ type: 'enum', enum: RescoringItemStatus, enumName: 'rescoring_item_status', default: RescoringItemStatus.PENDING })
  status: RescoringItemStatus;

  /** The RESCORE run it produced (DONE). No foreign key: the run already points back at its re-scoring. */
  @Column({ type: 'uuid', nullable: true })
  scoreRunId: string | null;

  /** Why it failed (FAILED), for association staff. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
