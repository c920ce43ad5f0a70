/**
 * npm run web:build — builds the web app (apps/web) into apps/web/dist, which the api serves at `/`.
 * `--if-stale` builds only when the build is missing or older than its sources (npm run demo and npm test use it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const webDir = path.join(root, 'apps/web');
export const WEB_DIST_DIR = path.join(webDir, 'dist');
/** What the build is made from: the app's files, and the installed dependencies (the lock file). */
const SOURCES = [...['src', 'index.html', 'vite.config.ts'].map((name) => path.join(webDir, name)), path.join(root, 'package-lock.json')];

function newestModification(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestModification(path.join(entry, name))));
}

export function webBuildIsStale(): boolean {
  const built = path.join(WEB_DIST_DIR, 'index.html');
  if (!existsSync(built)) return true;
  return Math.max(...SOURCES.map(newestModification)) > statSync(built).mtimeMs;
}

/** Builds the web app (when stale only, if asked); throws with Vite's exit status when the build fails. */
export function buildWeb({ ifStale }: { ifStale: boolean }): boolean {
  if (ifStale && !webBuildIsStale()) return false;
  console.log('[web] building the web app (apps/web → apps/web/dist)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(webDir, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`the web app's build failed (vite exited ${result.status ?? result.signal})`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const built = buildWeb({ ifStale: process.argv.includes('--if-stale') });
    console.log(built ? `[web] built into ${path.relative(root, WEB_DIST_DIR)}` : '[web] the build is up to date');
  } catch (error) {
    console.error(`[web] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
