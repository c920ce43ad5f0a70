/**
 * npm run demo — the whole product on this machine: brings up PostgreSQL and Redis, migrates, seeds the
 * demo story, starts the api and the worker, prints the URLs and logins, and runs until Ctrl-C.
 * `npm run demo -- --smoke` signs in with every demo login once everything is up, then stops (exit 0 if all worked).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig } from '@assay/config';
import { createDataSource } from '@assay/database';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';
import { ensureServices, redact } from './services.js';
import { buildWeb } from './web-build.js';

const README_LOGINS = ['admin@association.example', 'reviewer@association.example', 'analyst@client-one.example', 'respondent@provider-one.example'];
const smoke = process.argv.includes('--smoke');
const children: ChildProcess[] = [];

function start(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', entry], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[demo] the ${name} stopped (${signal ?? `exit ${code}`}); stopping the demo.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function shutdown(code: number): Promise<never> {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  process.exit(code);
}

async function waitUntilReady(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseUrl}/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the api did not become ready at ${baseUrl}/ready within ${timeoutMs / 1000} s`);
}

async function signIn(baseUrl: string, email: string): Promise<string | null> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { user { role organisation { legalName } } } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { user: { role: string; organisation: { legalName: string } } } }; errors?: { message: string }[] };
  return body.data?.login ? `${body.data.login.user.role} of ${body.data.login.user.organisation.legalName}` : null;
}

/**
 * The demo's certificate, as anyone sees it: listed publicly, VALID at /verify, and (once the worker has run
 * its render job from the outbox) with its PDFs, which the supplier's respondent downloads.
 */
async function checkCertificate(baseUrl: string, timeoutMs = 60_000): Promise<string | null> {
  const graphql = async (query: string, token?: string) =>
    (await (
      await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) })
    ).json()) as { data?: Record<string, unknown> };
  const listed = (await graphql('{ certifiedProviders(first: 5) { nodes { certificate { serial } } } }')).data?.certifiedProviders as { nodes: { certificate: { serial: string } }[] } | undefined;
  const serial = listed?.nodes[0]?.certificate.serial;
  if (!serial) return null;
  const verified = (await (await fetch(`${baseUrl}/verify/${serial}`, { headers: { accept: 'application/json' } })).json()) as { status?: string };
  if (verified.status !== 'VALID') return null;
  const login = (await graphql(`mutation { login(input: { email: "respondent@provider-one.example", password: "${DEMO_PASSWORD}" }) { accessToken } }`)).data?.login as { accessToken: string };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pdf = await fetch(`${baseUrl}/certificates/${serial}.pdf?lang=fr`, { headers: { authorization: `Bearer ${login.accessToken}` } });
    if (pdf.ok && (await pdf.arrayBuffer()).byteLength > 1000) return serial;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

async function main(): Promise<void> {
  const services = await ensureServices();
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  const config = loadConfig();

  const dataSource = createDataSource(config.DATABASE_URL);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) console.log(`[demo] applied ${applied.length} migration(s)`);
  const { created } = await seedDemo(dataSource);
  console.log(created ? `[demo] seeded the demo story (${created} records)` : '[demo] demo data already present');
  await dataSource.destroy();

  // The api serves the web app at /: build it when missing or older than its sources.
  buildWeb({ ifStale: true });
  start('api', 'apps/api/src/main.ts');
  start('worker', 'apps/worker/src/main.ts');
  const baseUrl = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  await waitUntilReady(baseUrl);

  const everyone = DEMO_ORGANISATIONS.flatMap((organisation) => organisation.users.map((user) => user.email));
  if (smoke) {
    let failures = 0;
    for (const email of everyone) {
      const who = await signIn(baseUrl, email);
      console.log(`[demo] ${who ? 'ok  ' : 'FAIL'} ${email}${who ? ` (${who})` : ''}`);
      if (!who) failures += 1;
    }
    const page = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
    const webApp = page.includes('<div id="root">');
    console.log(`[demo] ${webApp ? 'ok  ' : 'FAIL'} the web app at ${baseUrl}/`);
    if (!webApp) failures += 1;
    const serial = await checkCertificate(baseUrl);
    console.log(`[demo] ${serial ? 'ok  ' : 'FAIL'} certificate ${serial ?? ''} listed, VALID at /verify, rendered by the worker`);
    if (!serial) failures += 1;
    await shutdown(failures ? 1 : 0);
  }

  console.log(`
  Assay is running.
    Web app          ${baseUrl}/
    GraphQL API      ${baseUrl}/graphql${config.GRAPHQL_EXPLORER ? `\n    GraphQL explorer ${baseUrl}/graphiql` : ''}
    Certified list   ${baseUrl}/graphql  { certifiedProviders { nodes { certificate { serial verificationUrl } } } }  then ${baseUrl}/verify/<serial>
    Health           ${baseUrl}/health   ${baseUrl}/ready   ${baseUrl}/metrics
    Queue dashboard  ${baseUrl}/admin/queues (association admins; sign-in steps in docs/architecture.md)${config.WORKER_METRICS_PORT ? `\n    Worker metrics   http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.WORKER_METRICS_PORT}/metrics` : ''}
    PostgreSQL       ${redact(services.databaseUrl)}
    Redis            ${redact(services.redisUrl)} (prefix ${config.REDIS_PREFIX})

  Demo logins (password: ${DEMO_PASSWORD})
${README_LOGINS.map((email) => `    ${email}`).join('\n')}
    (also: ${everyone.filter((email) => !README_LOGINS.includes(email)).join(', ')})

  Ctrl-C stops the api and the worker.`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error: unknown) => {
  console.error(`[demo] ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
});
