import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  ASSESSMENT_REQUESTED = 'ASSESSMENT_REQUESTED',
  ASSESSMENT_SUBMITTED = 'ASSESSMENT_SUBMITTED',
  ASSESSMENT_SCORED = 'ASSESSMENT_SCORED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  ASSESSMENT_APPROVED = 'ASSESSMENT_APPROVED',
  ASSESSMENT_REJECTED = 'ASSESSMENT_REJECTED',
  ASSESSMENT_SHARED = 'ASSESSMENT_SHARED',
  CERTIFICATE_ISSUED = 'CERTIFICATE_ISSUED',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
  CERTIFICATE_REVOKED = 'CERTIFICATE_REVOKED',
  CERTIFICATE_SUSPENDED = 'CERTIFICATE_SUSPENDED',
  CERTIFICATE_REINSTATED = 'CERTIFICATE_REINSTATED',
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
  REASSESSMENT_OPENED = 'REASSESSMENT_OPENED',
}

/** An in-app message to one user. */
@Entity()
@Index('notification_unread_idx', ['userId', 'createdAt'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** What it is about, e.g. { assessmentId, supplierName }: the client renders the text in the reader's language. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
