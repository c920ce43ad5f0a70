import type pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Records every SQL statement the api sends to PostgreSQL. It sits below TypeORM, on the node-postgres pool
 * the DataSource owns (`driver.master`): each time the pool hands out a client (new or idle, for a query
 * runner, a transaction or `dataSource.query`), that client's `query` is wrapped once. So nothing TypeORM
 * does can bypass it (query builders, repositories, raw queries, streams, BEGIN/COMMIT), unlike a TypeORM
 * logger, which sees only what a QueryRunner chooses to log.
 */
export class StatementRecorder {
  readonly statements: string[] = [];
  private recording = false;
  private readonly wrapped = new WeakSet<pg.PoolClient>();

  constructor(pool: pg.Pool) {
    pool.on('acquire', (client) => this.wrap(client));
  }

  /** On the pool of a TypeORM DataSource (PostgreSQL). */
  static of(db: DataSource): StatementRecorder {
    return new StatementRecorder((db.driver as unknown as { master: pg.Pool }).master);
  }

  async during(work: () => Promise<void>): Promise<string[]> {
    this.statements.length = 0;
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return [...this.statements];
  }

  private wrap(client: pg.PoolClient): void {
    if (this.wrapped.has(client)) return;
    this.wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // The overloads of pg's query are not expressible as one signature; the arguments pass through untouched.
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (this.recording) {
        const [first] = args;
        this.statements.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
      }
      return query(...args);
    };
  }
}
