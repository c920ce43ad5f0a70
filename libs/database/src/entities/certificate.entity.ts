import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CertificateLevel, CertificateStatus, type ProductCategory } from '@assay/domain';
import { Assessment } from './assessment.entity.js';
import { Organisation } from './organisation.entity.js';
import { ScoreRun } from './score-run.entity.js';
import { User } from './user.entity.js';

export interface CertifiedProduct {
  id: string;
  name: string;
  category: ProductCategory;
}

/** The languages a certificate PDF is rendered in (SPEC §7): all three, the requester picks one to download. */
export enum CertificateLanguage {
  EN = 'en',
  FR = 'fr',
  ES = 'es',
}

/**
 * A certificate issued from an approved, eligible assessment (SPEC §4, §7). What it certifies (supplier,
 * products, level, conditions, dates, scores) is fixed at issue; only its status moves afterwards. The signed
 * payload is written once, by the render job, and never changes: verification checks the PDF against it.
 */
@Entity()
// One live certificate per assessment: a second issue of the same approval is refused.
@Index('certificate_live_per_assessment', ['assessmentId'], { unique: true, where: `"status" IN ('VALID', 'SUSPENDED')` })
@Index(['supplierId', 'status'])
@Index(['status', 'validUntil'])
@Check('certificate_valid_after_issue', '"valid_until" > "issued_at"')
@Check('certificate_reason_when_withdrawn', `"status" NOT IN ('SUSPENDED', 'REVOKED') OR "status_reason" IS NOT NULL`)
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Public identifier printed on the PDF and in the QR code, e.g. `ASSAY-2026-7K3F9QXD`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  serial: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  /** The score run (with any confirmed override) the certificate was issued on. */
  @Column({ type: 'uuid' })
  scoreRunId: string;

  @ManyToOne(() => ScoreRun, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'score_run_id' })
  scoreRun?: Relation<ScoreRun>;

  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<Organisation>;

  /** The products covered, as they were named at issue. */
  @Column({ type: 'jsonb' })
  products: CertifiedProduct[];

  @Column({ type: 'enum', enum: CertificateLevel, enumName: 'certificate_level' })
  level: CertificateLevel;

  /** The reviewer's conditions (CERTIFIED_WITH_CONDITIONS); null for CERTIFIED. */
  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'varchar', length: 40 })
  methodologyVersion: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  validUntil: Date;

  @Column({ type: 'uuid' })
  issuedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_user_id' })
  issuedBy?: Relation<User>;

  @Column({ type: 'enum', enum: CertificateStatus, enumName: 'certificate_status', default: CertificateStatus.VALID })
  status: CertificateStatus;

  /** Why it was suspended or revoked (kept after a reinstatement as the last reason given). */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  statusChangedByUserId: string | null;

  /** The RFC 8785 canonical JSON that was signed, exactly as embedded in the PDF; null until rendered. */
  @Column({ type: 'text', nullable: true })
  signedPayload: string | null;

  /** Ed25519 signature over signedPayload (base64, as embedded in the PDF), and the id of the key that made it. */
  @Column({ type: 'text', nullable: true })
  signature: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  signingKeyId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  renderedAt: Date | null;

  /** Expiry reminders (60 and 30 days before): set when sent, so each goes once even if the job runs twice. */
  @Column({ type: 'timestamptz', nullable: true })
  reminder60SentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminder30SentAt: Date | null;

  /** The assessment opened for the same scope 60 days before expiry. */
  @Column({ type: 'uuid', nullable: true })
  reassessmentId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One rendered PDF of a certificate in one language. */
@Entity()
export class CertificateDocument {
  @PrimaryColumn({ type: 'uuid' })
  certificateId: string;

  @ManyToOne(() => Certificate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: Relation<Certificate>;

  @PrimaryColumn({ type: 'enum', enum: CertificateLanguage, enumName: 'certificate_language' })
  language: CertificateLanguage;

  @Column({ type: 'bytea' })
  pdf: Buffer;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
