import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The api a development server (`npx vite --config apps/web/vite.config.ts`) forwards to. */
const api = process.env.ASSAY_API_URL ?? 'http://localhost:3000';

/**
 * Builds apps/web into apps/web/dist, which the api serves at `/`. JSX is compiled by Vite's own transformer
 * (Oxc); the output has no inline script, so it runs under the api's Content-Security-Policy.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/verify', '/certificates', '/evidence', '/assessments', '/admin'].map((path) => [path, api])),
  },
});
