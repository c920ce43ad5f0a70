import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { AssessmentStatus } from '@assay/domain';
import { Organisation } from './organisation.entity.js';
import { Product } from './product.entity.js';
import { QuestionnaireTemplate } from './questionnaire-template.entity.js';
import { User } from './user.entity.js';
import { WorkingGroup } from './working-group.entity.js';

export enum RequesterKind {
  CLIENT = 'CLIENT',
  WORKING_GROUP = 'WORKING_GROUP',
  ASSOCIATION = 'ASSOCIATION',
  PROVIDER = 'PROVIDER',
}

@Entity()
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The provider organisation assessed. */
  @Index()
  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<Organisation>;

  /** Pinned at creation: later versions of the questionnaire never change it. */
  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => QuestionnaireTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: Relation<QuestionnaireTemplate>;

  @Index()
  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status', default: AssessmentStatus.REQUESTED })
  status: AssessmentStatus;

  @Column({ type: 'enum', enum: RequesterKind, enumName: 'requester_kind' })
  requesterKind: RequesterKind;

  /** The organisation whose user asked for it (a client, the association, or the provider itself). */
  @Index()
  @Column({ type: 'uuid' })
  requestedByOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_organisation_id' })
  requestedByOrganisation?: Relation<Organisation>;

  @Column({ type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  /** Set when the request came on behalf of a working group: its members see the assessment. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  workingGroupId: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Column({ type: 'date' })
  dueDate: string;

  /** Incremented by every submission; the scoring job of a submission is keyed by it. */
  @Column({ type: 'int', default: 0 })
  submissionNumber: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Why the last scoring attempt failed (SCORING_FAILED); cleared when scoring is retried. */
  @Column({ type: 'text', nullable: true })
  scoringError: string | null;

  /** The association reviewer who claimed the review (UNDER_REVIEW); cleared on release. */
  @Column({ type: 'uuid', nullable: true })
  claimedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'claimed_by_user_id' })
  claimedBy?: Relation<User>;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The scope: which of the supplier's products the assessment covers. */
@Entity()
export class AssessmentProduct {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<Product>;
}
