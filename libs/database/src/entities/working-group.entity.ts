import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Organisation } from './organisation.entity.js';

/** An association-managed group of client organisations. */
@Entity()
export class WorkingGroup {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity()
export class WorkingGroupMember {
  @PrimaryColumn({ type: 'uuid' })
  workingGroupId: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  /** A CLIENT organisation. */
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}

/** A supplier on a working group's watch-list. */
@Entity()
export class WorkingGroupWatch {
  @PrimaryColumn({ type: 'uuid' })
  workingGroupId: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: Relation<WorkingGroup>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<Organisation>;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
