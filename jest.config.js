/**
 * Three tiers (STYLE.md): unit specs beside the code, integration and e2e under test/ against the
 * machine's real PostgreSQL and Redis. Each integration/e2e run gets its own database and Redis prefix
 * (libs/testing/src/global-setup.mjs). Jest runs in ESM mode: NODE_OPTIONS=--experimental-vm-modules.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

// A few dependencies ship ESM only and are require()d by CommonJS ones (Node 20 allows that; Jest's module
// runtime does not before Node 24.9), so Jest compiles just those to CommonJS.
const ESM_ONLY_REQUIRED = ['content-disposition', 'cookie'];
const toCommonJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${ESM_ONLY_REQUIRED.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED.join('|')})/)`],
  moduleNameMapper: {
    '^@assay/(certificates|config|database|domain|queue|testing)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  // Global only (Jest ignores it inside a project): starting the Nest app cold, SWC compiling every module,
  // takes several seconds on 2 cores, more when the machine is busy.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'fuzz',
      // Every GraphQL mutation with generated hostile input (fast-check), against the real api, PostgreSQL and Redis.
      testMatch: ['<rootDir>/test/fuzz/**/*.spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'faults',
      // Each scenario starts its own redis-server and worker processes, kills one, and waits for the pipeline to
      // heal: its hooks and test set their own generous timeouts (a project-level testTimeout would be ignored).
      testMatch: ['<rootDir>/test/faults/**/*.spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'browser',
      // The web app in Chromium against the real api and worker, which the global setup starts once for every spec.
      testMatch: ['<rootDir>/test/browser/**/*.browser.spec.ts'],
      globalSetup: '<rootDir>/test/browser/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/browser/support/global-teardown.mjs',
    },
  ],
};
