export * from './errors.js';
export * from './organisation.js';
export * from './taxonomy.js';
export * from './countries.js';
export * from './actor.js';
