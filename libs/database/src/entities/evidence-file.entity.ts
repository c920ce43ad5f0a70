import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Assessment } from './assessment.entity.js';
import { Organisation } from './organisation.entity.js';

/** Stored bytes of a provider's evidence. The original name is shown to people, never used as a path. */
@Entity()
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The provider organisation that owns it. */
  @Index()
  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<Organisation>;

  /** The assessment it was uploaded for; who may see that assessment may download it (as may those of any answer it is attached to). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;

  @ManyToOne(() => Assessment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  /** The storage's own key (never derived from the file's name). */
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 255 })
  originalName: string;

  /** Detected from the bytes, not taken from the upload's headers. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Optional freshness: evidence past this date no longer counts as current. */
  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
