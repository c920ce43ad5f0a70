import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { MembershipStatus } from '@assay/domain';
import { Organisation } from './organisation.entity.js';

/** The public profile of a provider organisation (one per provider). */
@Entity()
export class SupplierProfile {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  services: string[];

  @Column({ type: 'char', length: 2 })
  headquartersCountry: string;

  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  operatingCountries: string[];

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', default: MembershipStatus.NONE })
  membershipStatus: MembershipStatus;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
