import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_CONFIG, type AppConfig } from '@assay/config';

/**
 * First path segments that belong to the api (GraphQL, REST, operations). An unknown path under one of them is
 * a 404 of the api, never the web app: a mistyped REST call must not answer 200 with an HTML page.
 */
export const API_PATH_PREFIXES: ReadonlySet<string> = new Set([
  'graphql',
  'graphiql',
  'health',
  'ready',
  'metrics',
  'admin',
  'evidence',
  'certificates',
  'verify',
  '.well-known',
  'assets',
]);

const NOT_BUILT_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Assay: the web app is not built</title></head>
<body>
<h1>The Assay web app is not built</h1>
<p>Run <code>npm run web:build</code> (or <code>npm run demo</code>, which builds it when missing), then reload this page.
The GraphQL API answers at <a href="/graphql">/graphql</a> meanwhile.</p>
</body>
</html>
`;

/** Whether a request for `url` is a page of the web app: a browser navigation (HTML wanted) outside the api's paths. */
export function isWebAppPage(url: string, accept: string | undefined): boolean {
  const pathname = url.split('?')[0] ?? '/';
  const first = pathname.split('/')[1] ?? '';
  return !API_PATH_PREFIXES.has(first) && (accept ?? '').includes('text/html');
}

/**
 * Serves the built web app (apps/web/dist) from the api, so the whole product answers at one URL: hashed
 * assets under /assets (cached for ever), and index.html for every other browser navigation that is not an api
 * path (the app routes on the client). Fastify matches the api's own routes first; this catch-all only sees
 * what nothing else answered. Without a build, pages answer a short note saying how to build it.
 */
export async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const distDir = path.resolve(config.WEB_DIST_DIR);
  const logger = new Logger('WebApp');
  const assetsDir = path.join(distDir, 'assets');
  if (existsSync(assetsDir)) {
    app.useStaticAssets({ root: assetsDir, prefix: '/assets/', decorateReply: false, immutable: true, maxAge: '365d', index: false });
  } else {
    logger.warn({ distDir }, 'the web app is not built (npm run web:build): / answers how to build it');
  }

  const indexFile = path.join(distDir, 'index.html');
  const answerPage = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isWebAppPage(request.url, request.headers.accept)) {
      // The REST routes' coded error shape (rest-exception.filter.ts), not an HTML page.
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `Nothing answers ${request.method} ${request.url.split('?')[0]}` } });
    }
    // Read on each navigation (a small file): a rebuild while the api runs is picked up, and no stale index points at deleted assets.
    const html = await readFile(indexFile, 'utf8').catch(() => null);
    return reply
      .code(html ? 200 : 503)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(html ?? NOT_BUILT_PAGE);
  };
  app.getHttpAdapter().getInstance().get('/*', answerPage);
}
