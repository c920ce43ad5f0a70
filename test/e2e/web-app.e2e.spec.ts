import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestApi } from '@assay/testing';

/**
 * The api serves the built web app (WEB_DIST_DIR) at `/`: hashed assets, index.html for browser navigations
 * outside the api's paths, and the api's own routes untouched; without a build, a note saying how to build.
 */
const INDEX = '<!doctype html><html lang="en"><head><script type="module" src="/assets/app-1234.js"></script></head><body><div id="root"></div></body></html>';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the web app served by the api', () => {
  let api: TestApi;
  let distDir: string;
  const previous = process.env.WEB_DIST_DIR;

  beforeAll(async () => {
    distDir = mkdtempSync(path.join(tmpdir(), 'assay-web-dist-'));
    mkdirSync(path.join(distDir, 'assets'));
    writeFileSync(path.join(distDir, 'index.html'), INDEX);
    writeFileSync(path.join(distDir, 'assets', 'app-1234.js'), 'console.log("app");');
    process.env.WEB_DIST_DIR = distDir;
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api?.close();
    process.env.WEB_DIST_DIR = previous;
    rmSync(distDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = HTML) => api.app.inject({ method: 'GET', url, headers });

  it.each(['/', '/sign-in', '/directory?text=sentinel', '/verification/ASSAY-2026-7K3F9QXD', '/assessments'])('answers %s with the app, never cached', async (url) => {
    const response = await get(url);
    expect({ status: response.statusCode, type: response.headers['content-type'], cache: response.headers['cache-control'], body: response.body }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      cache: 'no-cache',
      body: INDEX,
    });
  });

  it('serves the hashed assets, cached for good', async () => {
    const response = await get('/assets/app-1234.js', {});
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/app-9999.js')).statusCode).toBe(404);
  });

  it('leaves the api its paths: its routes answer as before, and unknown api paths are 404, not the app', async () => {
    expect(JSON.parse((await get('/health', {})).body)).toMatchObject({ status: 'ok' });
    const verification = await get('/verify/not-a-serial');
    expect(verification.statusCode).toBe(400);
    expect(verification.body).toContain('Not a certificate serial');
    for (const url of ['/verify', '/graphql/nothing', '/evidence', '/certificates', '/admin', '/.well-known/nothing', '/metrics/more']) {
      const response = await get(url);
      expect({ url, status: response.statusCode, app: response.body.includes('<div id="root">') }).toEqual({ url, status: 404, app: false });
    }
  });

  it('answers only browser navigations with the app: a fetch of an unknown path is a 404', async () => {
    const response = await get('/directory', { accept: 'application/json' });
    expect(response.statusCode).toBe(404);
    expect((await api.app.inject({ method: 'POST', url: '/directory', headers: HTML })).statusCode).toBe(404);
  });

  it('without a build, says how to build it', async () => {
    rmSync(path.join(distDir, 'index.html'));
    const response = await get('/');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run web:build');
    writeFileSync(path.join(distDir, 'index.html'), INDEX);
    expect((await get('/')).body).toBe(INDEX);
  });
});
