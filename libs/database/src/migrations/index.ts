import { Foundation1795491229938 } from './1795491229938-Foundation.js';

/** Every migration, in order. `npm run migration:generate -- Name` writes new ones; add them here. */
export const MIGRATIONS: Function[] = [Foundation1795491229938];
