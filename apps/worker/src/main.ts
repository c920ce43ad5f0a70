import { createWorkerApp } from './create-worker-app.js';

createWorkerApp().catch((error: unknown) => {
  // Configuration errors are for people: print the message, not a stack.
  process.stderr.write(`${error instanceof Error && error.name === 'ConfigError' ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
