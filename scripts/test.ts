/**
 * npm test — everything a change must pass, in order: services up, lint, type check (server and web app), the
 * web app's generated GraphQL types checked against the schema, unit, then the integration and end-to-end tiers
 * against real PostgreSQL and Redis (each run in its own database and Redis key prefix, made and dropped by
 * Jest's global setup), then the fuzz tests (test/fuzz: every GraphQL mutation with generated hostile input),
 * then the fault tests (test/faults, which start and kill their own redis-server and worker processes), then the
 * browser tests (test/browser: the built web app in Chromium against the real api and worker). Ends with one
 * line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureServices, redact } from './services.js';

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
  numRuntimeErrorTestSuites: number;
}

const bin = (name: string) => path.join('node_modules', '.bin', name);
const reportDir = mkdtempSync(path.join(tmpdir(), 'assay-test-'));
let passed = 0;
let failed = 0;

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n── ${title} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`── ${title}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function jest(title: string, projects: string[], extra: string[] = []): boolean {
  const report = path.join(reportDir, `${projects.join('-')}.json`);
  const ok = step(title, process.execPath, [bin('jest'), '--selectProjects', ...projects, '--json', `--outputFile=${report}`, ...extra], {
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning',
  });
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8')) as JestSummary;
    passed += summary.numPassedTests;
    failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  } catch {
    failed += 1; // Jest could not even write its report
  }
  return ok;
}

async function main(): Promise<number> {
  const services = await ensureServices();
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  console.log(`PostgreSQL ${redact(services.databaseUrl)}, Redis ${redact(services.redisUrl)}`);
  // Lint, type checks and the generated-types check count as one check each in the closing line.
  const checks = [
    step('lint', bin('eslint'), ['.']),
    step('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
    step('type check (web app)', bin('tsc'), ['-p', 'apps/web/tsconfig.json']),
    step('type check (web app build and specs)', bin('tsc'), ['-p', 'apps/web/tsconfig.node.json']),
    step('web app GraphQL types up to date', process.execPath, ['--import', './scripts/register.mjs', 'scripts/web-codegen.ts', '--check']),
  ];
  passed += checks.filter(Boolean).length;
  failed += checks.filter((ok) => !ok).length;
  const suites = [
    jest('unit tests', ['unit']),
    jest('integration and end-to-end tests', ['integration', 'e2e'], ['--maxWorkers=2']),
    // Every GraphQL mutation with generated hostile input; fixed seed (FUZZ_SEED replays another, FUZZ_RUNS raises runs).
    jest('fuzz tests', ['fuzz'], ['--runInBand']),
    // Their own redis-server and worker processes, killed on purpose: one scenario at a time.
    jest('fault tests', ['faults'], ['--runInBand']),
    // Builds the web app when stale, installs Chromium with apt when missing, starts the api and worker once.
    jest('browser tests', ['browser'], ['--runInBand']),
  ];
  await services.stop();
  rmSync(reportDir, { recursive: true, force: true });
  const allOk = [...checks, ...suites].every(Boolean);
  console.log(`\n${passed} passed, ${failed} failed`);
  return allOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
