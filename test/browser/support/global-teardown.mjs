// Stops the api and worker of the browser tests, then drops the run's database and Redis keys.
import { rm } from 'node:fs/promises';
import commonTeardown from '../../../libs/testing/src/global-teardown.mjs';

export default async function globalTeardown() {
  globalThis.__assayBrowserStopping = true;
  const children = globalThis.__assayBrowserChildren ?? [];
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  if (process.env.EVIDENCE_DIR?.includes('assay-browser-evidence-')) await rm(process.env.EVIDENCE_DIR, { recursive: true, force: true });
  await commonTeardown();
}
