import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText, QuestionnaireDefinition } from '@assay/domain';

export enum TemplateStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

/**
 * One version of a questionnaire. The definition (themes and questions) is one JSON document; once the
 * version is PUBLISHED it never changes (the service refuses, and a trigger in the database too), so the
 * assessments pinned to it always read the questions they were answered against.
 */
@Entity()
@Index(['key', 'version'], { unique: true })
export class QuestionnaireTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: TemplateStatus, enumName: 'template_status', default: TemplateStatus.DRAFT })
  status: TemplateStatus;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  definition: QuestionnaireDefinition;

  @Column({ type: 'int' })
  questionCount: number;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
