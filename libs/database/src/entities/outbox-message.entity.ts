import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work to enqueue, written in the same transaction as the change that causes it. The dispatcher enqueues
 * undispatched rows (job id derived from `jobKey`), so nothing is lost between PostgreSQL and Redis.
 */
@Entity()
@Index('outbox_message_pending_idx', ['createdAt'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  queue: string;

  @Column({ type: 'varchar', length: 60 })
  jobName: string;

  /** Unique key of the work; the BullMQ job id, so a re-dispatch never duplicates a job. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  jobKey: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
