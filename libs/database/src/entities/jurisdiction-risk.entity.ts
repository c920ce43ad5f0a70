import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { JurisdictionRiskLevel } from '@assay/domain';

/** The association's rating of a country; a country with no row counts as MEDIUM. */
@Entity()
export class JurisdictionRisk {
  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'enum', enum: JurisdictionRiskLevel, enumName: 'jurisdiction_risk_level' })
  level: JurisdictionRiskLevel;

  @Column({ type: 'text', default: '' })
  rationale: string;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
