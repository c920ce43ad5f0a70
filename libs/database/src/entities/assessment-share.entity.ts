import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Assessment } from './assessment.entity.js';

/**
 * A provider's grant of an assessment to a client organisation or a working group. Withdrawal keeps the
 * row (who, when), so the history of who could see what stays.
 */
@Entity()
@Check('"client_organisation_id" IS NOT NULL OR "working_group_id" IS NOT NULL')
export class AssessmentShare {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  clientOrganisationId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @Column({ type: 'uuid' })
  grantedByUserId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  withdrawnByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
