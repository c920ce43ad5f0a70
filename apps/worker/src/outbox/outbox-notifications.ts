import type { Logger } from '@nestjs/common';
import pg from 'pg';
import { OUTBOX_CHANNEL } from '@assay/database';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * A dedicated PostgreSQL connection that LISTENs on the outbox channel (pooled connections cannot hold a
 * LISTEN) and calls `onNotify` for every commit that wrote outbox rows. It reconnects with backoff when the
 * connection drops, and calls `onNotify` after every (re)connection: notifications sent while it was away
 * are lost, the rows are not.
 */
export class OutboxNotifications {
  private client: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onNotify: () => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'assay-outbox-listener' });
    this.client = client;
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.failures > 0) this.logger.log({ channel: OUTBOX_CHANNEL }, 'outbox listener reconnected');
    this.failures = 0;
    this.onNotify();
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.stopped || this.client !== client) return; // already handled, or closing on purpose
    this.client = null;
    client.end().catch(() => undefined);
    this.failures += 1;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** (this.failures - 1), RECONNECT_MAX_MS);
    this.logger.warn({ reason: error instanceof Error ? error.message : String(error), retryInMs: delay }, 'outbox listener lost its connection');
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
  }
}
