import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Capability, DeploymentContext, ProductCategory } from '@assay/domain';
import { Organisation } from './organisation.entity.js';

@Entity()
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The provider organisation that sells it. */
  @Index()
  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<Organisation>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index()
  @Column({ type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  category: ProductCategory;

  @Column({ type: 'enum', enum: Capability, enumName: 'capability', array: true, default: () => "'{}'" })
  capabilities: Capability[];

  @Column({ type: 'enum', enum: DeploymentContext, enumName: 'deployment_context', array: true, default: () => "'{}'" })
  deploymentContexts: DeploymentContext[];

  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  deployedCountries: string[];

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
