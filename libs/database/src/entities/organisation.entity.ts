import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationKind, OrganisationStatus } from '@assay/domain';

/** The public directory's order: a page of it reads 51 index entries instead of sorting every supplier. */
@Index('organisation_directory_order_idx', ['legalName', 'id'], { where: `"kind" = 'PROVIDER' AND "status" = 'ACTIVE'` })
@Entity()
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'enum', enum: OrganisationStatus, enumName: 'organisation_status', default: OrganisationStatus.ACTIVE })
  status: OrganisationStatus;

  @Column({ type: 'varchar', length: 200 })
  legalName: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  registrationNumber: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
