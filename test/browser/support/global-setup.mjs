// Jest global setup of the browser tests (plain ESM: Jest loads it outside its module mapper). On top of the
// run's migrated database and Redis prefix (libs/testing/src/global-setup.mjs): Chromium (Debian's package,
// installed with apt when missing), the web app built when stale, the demo story seeded, and the real api
// (serving the built app) and worker started once for every browser spec; global-teardown.mjs stops them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import commonSetup from '../../../libs/testing/src/global-setup.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
}

function aptGet(args) {
  return spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/** Debian's chromium package (playwright-core downloads no browser); installed once with apt when missing. */
function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const howTo = 'The browser tests need Chromium: install it with `apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!hasApt || process.getuid?.() !== 0) throw new Error(`${howTo} (apt-get ${hasApt ? 'needs root here' : 'is not available here'})`);
  console.log('\n[browser tests] Chromium is missing: installing Debian\'s chromium package with apt-get (once)…');
  // A stale package index is the usual reason an install fails: refresh it once and try again.
  if (!aptGet(['install', '-y', 'chromium']) && aptGet(['update'])) aptGet(['install', '-y', 'chromium']);
  const installed = findChromium();
  if (!installed) throw new Error(`${howTo} (apt-get could not install it)`);
  return installed;
}

function run(script, args = []) {
  const result = spawnSync(process.execPath, ['--import', './scripts/register.mjs', script, ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(entry, env) {
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', entry], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!globalThis.__assayBrowserStopping) console.error(`[browser tests] ${entry} stopped unexpectedly (${signal ?? `exit ${code}`})`);
  });
  return child;
}

async function waitUntilReady(baseUrl, children, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (children.some((child) => child.exitCode !== null)) throw new Error('the api or the worker stopped while starting');
    if (await globalThis.fetch(`${baseUrl}/ready`).then((response) => response.ok, () => false)) return;
    await sleep(300);
  }
  throw new Error(`the api was not ready at ${baseUrl}/ready within ${timeoutMs / 1000} s`);
}

export default async function globalSetup() {
  await commonSetup();
  process.env.CHROMIUM_PATH = ensureChromium();
  run('scripts/web-build.ts', ['--if-stale']);
  process.env.EVIDENCE_DIR = mkdtempSync(join(tmpdir(), 'assay-browser-evidence-'));
  run('scripts/seed.ts');

  const port = await freePort();
  const env = { ...process.env, NODE_OPTIONS: '', HOST: '127.0.0.1', PORT: String(port) };
  const children = [start('apps/api/src/main.ts', env), start('apps/worker/src/main.ts', env)];
  globalThis.__assayBrowserChildren = children;
  process.env.ASSAY_BROWSER_BASE_URL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(process.env.ASSAY_BROWSER_BASE_URL, children);
  } catch (error) {
    // Jest runs no teardown when the setup fails: stop what was started here.
    globalThis.__assayBrowserStopping = true;
    for (const child of children) child.kill('SIGTERM');
    throw error;
  }
}
